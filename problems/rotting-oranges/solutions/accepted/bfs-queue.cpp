// Breadth-first search from every rotten orange at once, level by level: each level is one
// minute. A fresh orange left at the end means -1. O(rows * cols).
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), fresh = 0;
        queue<pair<int, int>> q;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] == 2) q.push({i, j});
                else if (grid[i][j] == 1) fresh++;
            }
        int minutes = 0;
        const int di[4] = {-1, 1, 0, 0}, dj[4] = {0, 0, -1, 1};
        while (!q.empty() && fresh > 0) {
            minutes++;
            for (size_t level = q.size(); level > 0; level--) {
                auto [i, j] = q.front();
                q.pop();
                for (int d = 0; d < 4; d++) {
                    int a = i + di[d], b = j + dj[d];
                    if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] != 1) continue;
                    grid[a][b] = 2;
                    fresh--;
                    q.push({a, b});
                }
            }
        }
        return fresh > 0 ? -1 : minutes;
    }
};
