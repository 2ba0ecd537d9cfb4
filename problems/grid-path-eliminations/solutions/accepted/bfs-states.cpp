// BFS over (cell, walls passed) states: rows * cols * (k + 1) states, four moves each.
class Solution {
public:
    int shortestPath(vector<vector<int>>& grid, int k) {
        int rows = grid.size(), cols = grid[0].size(), layers = k + 1;
        vector<int> dist(rows * cols * layers, -1);
        queue<int> q;
        dist[0] = 0;
        q.push(0);
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        while (!q.empty()) {
            int s = q.front();
            q.pop();
            int cell = s / layers, used = s % layers, r = cell / cols, c = cell % cols;
            if (r == rows - 1 && c == cols - 1) return dist[s];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                int nu = used + grid[nr][nc];
                if (nu > k) continue;
                int t = (nr * cols + nc) * layers + nu;
                if (dist[t] != -1) continue;
                dist[t] = dist[s] + 1;
                q.push(t);
            }
        }
        return -1;
    }
};
