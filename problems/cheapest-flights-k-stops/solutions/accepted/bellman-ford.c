/* Bellman-Ford limited to k + 1 rounds, each round relaxing every flight from a copy of the
 * previous round's prices. O((k + 1) * (n + m)). */
int find_cheapest_price(int n, int (*flights)[3], int m, int src, int dst, int k) {
    int *dist = malloc(sizeof(int) * (size_t)n), *prev = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) dist[i] = INT_MAX;
    dist[src] = 0;
    for (int round = 0; round <= k; round++) {
        memcpy(prev, dist, sizeof(int) * (size_t)n);
        for (int i = 0; i < m; i++) {
            int u = flights[i][0], v = flights[i][1], p = flights[i][2];
            if (prev[u] != INT_MAX && prev[u] + p < dist[v]) dist[v] = prev[u] + p;
        }
    }
    int answer = dist[dst] == INT_MAX ? -1 : dist[dst];
    free(dist);
    free(prev);
    return answer;
}
