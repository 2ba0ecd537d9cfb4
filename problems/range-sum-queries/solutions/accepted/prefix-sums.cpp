// Prefix sums in 64 bits: the sum of [l, r] is prefix[r + 1] - prefix[l]. O(n + q).
class Solution {
public:
    vector<long long> rangeSums(vector<int>& nums, vector<vector<int>>& queries) {
        vector<long long> prefix(nums.size() + 1, 0);
        for (size_t i = 0; i < nums.size(); i++)
            prefix[i + 1] = prefix[i] + nums[i];
        vector<long long> res;
        res.reserve(queries.size());
        for (auto &query : queries)
            res.push_back(prefix[query[1] + 1] - prefix[query[0]]);
        return res;
    }
};
