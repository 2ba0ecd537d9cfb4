// One row of counts, updated in place: ways[j] = paths to column j of the current row, the
// old value (from above) plus ways[j - 1] (from the left), modulo 1e9+7. O(rows * cols).
class Solution {
public:
    int countPaths(vector<string>& grid) {
        const long long MOD = 1000000007;
        int cols = grid[0].size();
        vector<long long> ways(cols, 0);
        ways[0] = 1;
        for (const string& row : grid)
            for (int j = 0; j < cols; j++) {
                if (row[j] == '#')
                    ways[j] = 0;
                else if (j > 0)
                    ways[j] = (ways[j] + ways[j - 1]) % MOD;
            }
        return (int)ways[cols - 1];
    }
};
