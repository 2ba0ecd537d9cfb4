// Wrong: BFS that keeps only the first visit of each cell, ignoring how many walls that
// visit used; a slower path with walls to spare is lost.
class Solution {
public:
    int shortestPath(vector<vector<int>>& grid, int k) {
        int rows = grid.size(), cols = grid[0].size();
        vector<vector<int>> used(rows, vector<int>(cols, -1)), dist(rows, vector<int>(cols, -1));
        queue<pair<int, int>> q;
        used[0][0] = 0;
        dist[0][0] = 0;
        q.push({0, 0});
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            if (r == rows - 1 && c == cols - 1) return dist[r][c];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || dist[nr][nc] != -1) continue;
                int nu = used[r][c] + grid[nr][nc];
                if (nu > k) continue;
                used[nr][nc] = nu;
                dist[nr][nc] = dist[r][c] + 1;
                q.push({nr, nc});
            }
        }
        return -1;
    }
};
