// WRONG: the prefix sums are kept in 32-bit ints; three values of 10^9 already overflow.
class Solution {
public:
    vector<long long> rangeSums(vector<int>& nums, vector<vector<int>>& queries) {
        vector<int> prefix(nums.size() + 1, 0);
        for (size_t i = 0; i < nums.size(); i++)
            prefix[i + 1] = (int)((unsigned)prefix[i] + (unsigned)nums[i]);  // wraps like int
        vector<long long> res;
        for (auto &query : queries)
            res.push_back((int)((unsigned)prefix[query[1] + 1] - (unsigned)prefix[query[0]]));
        return res;
    }
};
