// Orders by count only: equal counts come out in the hash map's order.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        vector<pair<int, int>> pairs(count.begin(), count.end());
        stable_sort(pairs.begin(), pairs.end(),
                    [](const pair<int, int>& a, const pair<int, int>& b) { return a.second > b.second; });
        vector<int> res;
        for (int i = 0; i < k; i++) res.push_back(pairs[i].first);
        return res;
    }
};
