/* Kruskal: edge indices sorted by weight (qsort), union-find with path halving. */
static int (*sort_edges)[3];

static int by_weight(const void *a, const void *b) {
    int x = sort_edges[*(const int *)a][2], y = sort_edges[*(const int *)b][2];
    return (x > y) - (x < y);
}

static int find_root(int *parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

long long minimum_spanning_tree(int (*edges)[3], int m, int n) {
    int *order = malloc(sizeof(int) * (size_t)(m + 1));
    int *parent = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < m; i++) order[i] = i;
    for (int i = 0; i < n; i++) parent[i] = i;
    sort_edges = edges;
    qsort(order, (size_t)m, sizeof(int), by_weight);
    long long total = 0;
    int joined = 0;
    for (int k = 0; k < m && joined < n - 1; k++) {
        int i = order[k];
        int a = find_root(parent, edges[i][0]), b = find_root(parent, edges[i][1]);
        if (a == b) continue;
        parent[a] = b;
        total += edges[i][2];
        joined++;
    }
    free(order);
    free(parent);
    return joined == n - 1 ? total : -1;
}
