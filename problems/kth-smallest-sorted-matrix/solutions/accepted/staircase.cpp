// Binary search on the value: the answer is the smallest x with at least k entries <= x.
// The entries <= x are counted along a staircase from the bottom-left corner in O(n).
// O(q · n · log(range)).
class Solution {
public:
    vector<int> kthSmallest(vector<vector<int>>& matrix, vector<int>& queries) {
        int n = matrix.size();
        auto countAtMost = [&](long long x) {
            long long c = 0;
            int j = n - 1;
            for (int i = 0; i < n; i++) {
                while (j >= 0 && matrix[i][j] > x) j--;
                c += j + 1;
            }
            return c;
        };
        vector<int> res;
        for (int k : queries) {
            long long lo = matrix[0][0], hi = matrix[n - 1][n - 1];
            while (lo < hi) {
                long long mid = lo + (hi - lo) / 2;
                if (countAtMost(mid) >= k) hi = mid;
                else lo = mid + 1;
            }
            res.push_back((int)lo);
        }
        return res;
    }
};
