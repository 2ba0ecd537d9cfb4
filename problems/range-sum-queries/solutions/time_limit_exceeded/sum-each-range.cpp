// Naive: each range summed element by element; correct but O(n * q) in the worst case,
// about 10^10 additions on the largest test.
class Solution {
public:
    vector<long long> rangeSums(vector<int>& nums, vector<vector<int>>& queries) {
        vector<long long> res;
        for (auto &query : queries) {
            long long s = 0;
            for (int i = query[0]; i <= query[1]; i++)
                s += nums[i];
            res.push_back(s);
        }
        return res;
    }
};
