/* Breadth-first search from the root over child lists (kept as linked lists in arrays): it
 * meets the nodes level by level, and each node's depth is its parent's plus one. No
 * recursion, so a path of 200000 nodes is fine. O(n). */
int *level_widths(const int *parent, int n, int *out_len)
{
    int *head = malloc(sizeof(int) * (size_t)n), *next = malloc(sizeof(int) * (size_t)n);
    int *depth = malloc(sizeof(int) * (size_t)n), *order = malloc(sizeof(int) * (size_t)n);
    int *width = calloc((size_t)n, sizeof(int));
    if (!head || !next || !depth || !order || !width)
        return NULL;
    for (int v = 0; v < n; v++)
        head[v] = -1;
    for (int v = 1; v < n; v++) {
        next[v] = head[parent[v]];
        head[parent[v]] = v;
    }
    int size = 0, levels = 0;
    order[size++] = 0;
    depth[0] = 0;
    for (int i = 0; i < size; i++) {
        int v = order[i];
        width[depth[v]]++;
        if (depth[v] + 1 > levels)
            levels = depth[v] + 1;
        for (int c = head[v]; c != -1; c = next[c]) {
            depth[c] = depth[v] + 1;
            order[size++] = c;
        }
    }
    free(head);
    free(next);
    free(depth);
    free(order);
    *out_len = levels;
    return width;
}
