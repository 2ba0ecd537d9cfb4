// The whole table: paths[i][j] = paths[i-1][j] + paths[i][j-1] for an open cell, 0 for an
// obstacle, paths[0][0] = 1 when the start is open. O(rows * cols) time and memory.
class Solution {
public:
    int countPaths(vector<string>& grid) {
        const int MOD = 1000000007;
        int rows = grid.size(), cols = grid[0].size();
        vector<vector<int>> paths(rows, vector<int>(cols, 0));
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] == '#') continue;
                if (i == 0 && j == 0) {
                    paths[i][j] = 1;
                    continue;
                }
                long long sum = 0;
                if (i > 0) sum += paths[i - 1][j];
                if (j > 0) sum += paths[i][j - 1];
                paths[i][j] = (int)(sum % MOD);
            }
        return paths[rows - 1][cols - 1];
    }
};
