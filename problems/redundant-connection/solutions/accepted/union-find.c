/* Union-find over the edges in input order: the first edge whose two ends are already
 * joined closes the only cycle, and it is the cycle's last edge in that order. Path halving
 * and union by size. O(n * alpha(n)). */
static int find_root(int *parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

void find_redundant_connection(int (*edges)[2], int n, int answer[2]) {
    int *parent = malloc(sizeof(int) * (size_t)(n + 1));
    int *size = malloc(sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i <= n; i++) {
        parent[i] = i;
        size[i] = 1;
    }
    for (int i = 0; i < n; i++) {
        int a = find_root(parent, edges[i][0]), b = find_root(parent, edges[i][1]);
        if (a == b) {
            answer[0] = edges[i][0];
            answer[1] = edges[i][1];
            break;
        }
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
    }
    free(parent);
    free(size);
}
