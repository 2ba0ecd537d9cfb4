// Another approach: a Fenwick (binary indexed) tree over the array, each query two prefix
// queries of O(log n). Overkill for a static array, but it would also take updates.
class Solution {
public:
    vector<long long> rangeSums(vector<int>& nums, vector<vector<int>>& queries) {
        int n = nums.size();
        vector<long long> tree(n + 1, 0);
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j <= n; j += j & -j)
                tree[j] += nums[i];
        auto prefix = [&](int count) {  // the sum of the first `count` elements
            long long s = 0;
            for (int j = count; j > 0; j -= j & -j)
                s += tree[j];
            return s;
        };
        vector<long long> res;
        res.reserve(queries.size());
        for (auto &query : queries)
            res.push_back(prefix(query[1] + 1) - prefix(query[0]));
        return res;
    }
};
