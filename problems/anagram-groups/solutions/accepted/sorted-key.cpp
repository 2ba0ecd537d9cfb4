class Solution {
public:
    vector<int> anagramGroupSizes(vector<string>& words) {
        unordered_map<string, int> groups;
        groups.reserve(words.size() * 2);
        for (const string &w : words) {
            string key = w;
            sort(key.begin(), key.end());
            groups[key]++;
        }
        vector<int> sizes;
        for (auto &g : groups) sizes.push_back(g.second);
        sort(sizes.rbegin(), sizes.rend());
        return sizes;
    }
};
