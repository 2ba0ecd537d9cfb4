// WRONG: adds the counts in 32-bit ints and takes the modulo only at the end: the counts
// overflow 32 bits long before (already on a 20 x 20 open grid).
class Solution {
public:
    int countPaths(vector<string>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        vector<vector<unsigned>> paths(rows, vector<unsigned>(cols, 0));
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] == '#') continue;
                if (i == 0 && j == 0) {
                    paths[i][j] = 1;
                    continue;
                }
                paths[i][j] = (i > 0 ? paths[i - 1][j] : 0) + (j > 0 ? paths[i][j - 1] : 0);
            }
        return (int)(paths[rows - 1][cols - 1] % 1000000007u);
    }
};
