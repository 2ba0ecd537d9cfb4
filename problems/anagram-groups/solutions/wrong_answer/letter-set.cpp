// Wrong: groups the words by the set of their letters (a 26-bit mask), ignoring how many times
// each occurs.
class Solution {
public:
    vector<int> anagramGroupSizes(vector<string>& words) {
        unordered_map<int, int> groups;
        for (const string &w : words) {
            int mask = 0;
            for (char c : w) mask |= 1 << (c - 'a');
            groups[mask]++;
        }
        vector<int> sizes;
        for (auto &g : groups) sizes.push_back(g.second);
        sort(sizes.rbegin(), sizes.rend());
        return sizes;
    }
};
