// For every distinct value, a scan of the whole array to count it: O(n * distinct).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        vector<pair<int, int>> pairs;  // (-count, value)
        set<int> done;
        for (int v : nums) {
            if (!done.insert(v).second) continue;
            int c = 0;
            for (int x : nums)
                if (x == v) c++;
            pairs.push_back({-c, v});
        }
        sort(pairs.begin(), pairs.end());
        vector<int> res;
        for (int i = 0; i < k; i++) res.push_back(pairs[i].second);
        return res;
    }
};
