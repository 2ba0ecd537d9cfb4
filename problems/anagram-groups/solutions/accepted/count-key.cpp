// The key is the word's 26 letter counts (as a string of counts), built without sorting the
// word: O(total length + 26 n) plus the final sort.
class Solution {
public:
    vector<int> anagramGroupSizes(vector<string>& words) {
        unordered_map<string, int> groups;
        groups.reserve(words.size() * 2);
        for (const string &w : words) {
            int cnt[26] = {0};
            for (char c : w) cnt[c - 'a']++;
            string key;
            for (int c = 0; c < 26; c++) key += to_string(cnt[c]) + ',';
            groups[key]++;
        }
        vector<int> sizes;
        for (auto &g : groups) sizes.push_back(g.second);
        sort(sizes.rbegin(), sizes.rend());
        return sizes;
    }
};
