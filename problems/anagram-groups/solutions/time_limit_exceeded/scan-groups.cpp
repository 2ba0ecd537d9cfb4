// Too slow: compares each word's sorted letters with the representative of every group found
// so far: O(n * groups) comparisons, about n^2 / 2 when most words are alone.
class Solution {
public:
    vector<int> anagramGroupSizes(vector<string>& words) {
        vector<string> reps;
        vector<int> sizes;
        for (const string &w : words) {
            string key = w;
            sort(key.begin(), key.end());
            size_t g = 0;
            while (g < reps.size() && reps[g] != key) g++;
            if (g == reps.size()) {
                reps.push_back(key);
                sizes.push_back(0);
            }
            sizes[g]++;
        }
        sort(sizes.rbegin(), sizes.rend());
        return sizes;
    }
};
