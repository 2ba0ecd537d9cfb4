/* Two-color every component with a BFS over compressed adjacency arrays. O(n + m). */
bool is_bipartite(int n, int (*edges)[2], int m) {
    int *start = calloc((size_t)n + 1, sizeof(int));
    int *adj = malloc(sizeof(int) * (size_t)(2 * m + 1));
    int *fill = malloc(sizeof(int) * (size_t)n);
    int *color = malloc(sizeof(int) * (size_t)n);
    int *queue = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < m; i++) {
        start[edges[i][0] + 1]++;
        start[edges[i][1] + 1]++;
    }
    for (int u = 0; u < n; u++) start[u + 1] += start[u];
    memcpy(fill, start, sizeof(int) * (size_t)n);
    for (int i = 0; i < m; i++) {
        adj[fill[edges[i][0]]++] = edges[i][1];
        adj[fill[edges[i][1]]++] = edges[i][0];
    }
    for (int u = 0; u < n; u++) color[u] = -1;
    bool ok = true;
    for (int s = 0; s < n && ok; s++) {
        if (color[s] != -1) continue;
        int head = 0, tail = 0;
        color[s] = 0;
        queue[tail++] = s;
        while (head < tail && ok) {
            int u = queue[head++];
            for (int j = start[u]; j < start[u + 1]; j++) {
                int v = adj[j];
                if (color[v] == -1) {
                    color[v] = color[u] ^ 1;
                    queue[tail++] = v;
                } else if (color[v] == color[u]) {
                    ok = false;
                    break;
                }
            }
        }
    }
    free(start); free(adj); free(fill); free(color); free(queue);
    return ok;
}
