/* Binary lifting: up[k * n + v] is v's ancestor 2^k levels up (the root is its own). The depths
 * come from a breadth-first order, built without recursion: the tree may be a path of 200000
 * nodes. A query lifts the deeper node to the other's depth, then both as long as they stay
 * apart. O((n + q) log n). */
int *lowest_common_ancestors(const int *parent, int n, int **queries, int q, int *out_len)
{
    int *head = malloc(sizeof(int) * (size_t)n), *next = malloc(sizeof(int) * (size_t)n);
    int *depth = malloc(sizeof(int) * (size_t)n), *order = malloc(sizeof(int) * (size_t)n);
    int levels = 1;
    while ((1 << levels) < n)
        levels++;
    int *up = malloc(sizeof(int) * (size_t)n * (size_t)levels);
    int *res = malloc(sizeof(int) * (size_t)q);
    if (!head || !next || !depth || !order || !up || !res)
        return NULL;
    for (int v = 0; v < n; v++)
        head[v] = -1;
    for (int v = 1; v < n; v++) {
        next[v] = head[parent[v]];
        head[parent[v]] = v;
    }
    int size = 0;
    order[size++] = 0;
    depth[0] = 0;
    for (int i = 0; i < size; i++)
        for (int c = head[order[i]]; c != -1; c = next[c]) {
            depth[c] = depth[order[i]] + 1;
            order[size++] = c;
        }
    for (int v = 0; v < n; v++)
        up[v] = v == 0 ? 0 : parent[v];
    for (int k = 1; k < levels; k++)
        for (int v = 0; v < n; v++)
            up[k * n + v] = up[(k - 1) * n + up[(k - 1) * n + v]];
    for (int i = 0; i < q; i++) {
        int u = queries[i][0], v = queries[i][1];
        if (depth[u] < depth[v]) {
            int t = u;
            u = v;
            v = t;
        }
        for (int k = 0, diff = depth[u] - depth[v]; diff > 0; k++, diff >>= 1)
            if (diff & 1)
                u = up[k * n + u];
        if (u != v) {
            for (int k = levels - 1; k >= 0; k--)
                if (up[k * n + u] != up[k * n + v]) {
                    u = up[k * n + u];
                    v = up[k * n + v];
                }
            u = up[u];
        }
        res[i] = u;
    }
    free(head);
    free(next);
    free(depth);
    free(order);
    free(up);
    *out_len = q;
    return res;
}
