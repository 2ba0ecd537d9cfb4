// Too slow: backtracking over every simple path from the corner, keeping the shortest that
// passes at most k walls. Exponential in the size of the grid.
class Solution {
    int rows, cols, k, best = -1;
    vector<vector<int>>* g;
    vector<vector<char>> onPath;
    void dfs(int r, int c, int used, int steps) {
        if (r == rows - 1 && c == cols - 1) {
            if (best == -1 || steps < best) best = steps;
            return;
        }
        const int dr[4] = {1, 0, -1, 0}, dc[4] = {0, 1, 0, -1};
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || onPath[nr][nc]) continue;
            int nu = used + (*g)[nr][nc];
            if (nu > k) continue;
            onPath[nr][nc] = 1;
            dfs(nr, nc, nu, steps + 1);
            onPath[nr][nc] = 0;
        }
    }

public:
    int shortestPath(vector<vector<int>>& grid, int k) {
        g = &grid;
        rows = grid.size();
        cols = grid[0].size();
        this->k = k;
        onPath.assign(rows, vector<char>(cols, 0));
        onPath[0][0] = 1;
        dfs(0, 0, 0, 0);
        return best;
    }
};
