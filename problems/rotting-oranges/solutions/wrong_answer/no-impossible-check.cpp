// WRONG: the right multi-source search, but it forgets fresh oranges no rotten one can reach:
// it answers the minutes the reachable ones take instead of -1.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        queue<pair<int, int>> q;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                if (grid[i][j] == 2) q.push({i, j});
        int minutes = 0;
        const int di[4] = {-1, 1, 0, 0}, dj[4] = {0, 0, -1, 1};
        while (!q.empty()) {
            bool rotted = false;
            for (size_t level = q.size(); level > 0; level--) {
                auto [i, j] = q.front();
                q.pop();
                for (int d = 0; d < 4; d++) {
                    int a = i + di[d], b = j + dj[d];
                    if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] != 1) continue;
                    grid[a][b] = 2;
                    rotted = true;
                    q.push({a, b});
                }
            }
            if (rotted) minutes++;
        }
        return minutes;
    }
};
