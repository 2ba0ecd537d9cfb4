// TOO SLOW: simulates minute by minute, each minute scanning the whole grid for fresh
// oranges beside a rotten one. Correct, but O(minutes * rows * cols): along a snake-like
// corridor the minutes are about rows * cols / 2, some 4.5 * 10^10 cell visits.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size(), minutes = 0;
        while (true) {
            vector<pair<int, int>> rotting;
            bool fresh = false;
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++) {
                    if (grid[i][j] != 1) continue;
                    fresh = true;
                    if ((i > 0 && grid[i - 1][j] == 2) || (i + 1 < rows && grid[i + 1][j] == 2) ||
                        (j > 0 && grid[i][j - 1] == 2) || (j + 1 < cols && grid[i][j + 1] == 2))
                        rotting.push_back({i, j});
                }
            if (!fresh) return minutes;
            if (rotting.empty()) return -1;
            for (auto [i, j] : rotting) grid[i][j] = 2;
            minutes++;
        }
    }
};
