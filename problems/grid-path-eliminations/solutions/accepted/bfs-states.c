/* BFS over (cell, walls passed) states with an array queue: rows * cols * (k + 1) states. */
int shortest_path(int **grid, int rows, int cols, int k) {
    int layers = k + 1, states = rows * cols * layers;
    int *dist = malloc(sizeof(int) * (size_t)states), *queue = malloc(sizeof(int) * (size_t)states);
    for (int i = 0; i < states; i++) dist[i] = -1;
    int head = 0, tail = 0, answer = -1;
    dist[0] = 0;
    queue[tail++] = 0;
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    while (head < tail) {
        int s = queue[head++], cell = s / layers, used = s % layers;
        int r = cell / cols, c = cell % cols;
        if (r == rows - 1 && c == cols - 1) { answer = dist[s]; break; }
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
    free(dist);
    free(queue);
    return answer;
}
