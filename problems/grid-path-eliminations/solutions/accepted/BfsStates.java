// BFS over (cell, walls passed) states with an array queue: rows * cols * (k + 1) states.
class Solution {
    public int shortestPath(int[][] grid, int k) {
        int rows = grid.length, cols = grid[0].length, layers = k + 1;
        int states = rows * cols * layers;
        int[] dist = new int[states], queue = new int[states];
        java.util.Arrays.fill(dist, -1);
        int head = 0, tail = 0;
        dist[0] = 0;
        queue[tail++] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail) {
            int s = queue[head++], cell = s / layers, used = s % layers;
            int r = cell / cols, c = cell % cols;
            if (r == rows - 1 && c == cols - 1) return dist[s];
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                int nu = used + grid[nr][nc];
                if (nu > k) continue;
                int t = (nr * cols + nc) * layers + nu;
                if (dist[t] != -1) continue;
                dist[t] = dist[s] + 1;
                queue[tail++] = t;
            }
        }
        return -1;
    }
}
