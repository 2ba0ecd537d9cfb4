/* Dijkstra with a hand-written binary heap of (distance, node) entries; the graph in
 * compressed adjacency arrays. O((n + m) log m). */
typedef struct { int dist, node; } Entry;

static void heap_push(Entry *heap, int *size, Entry e) {
    int i = (*size)++;
    while (i > 0 && heap[(i - 1) / 2].dist > e.dist) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = e;
}

static Entry heap_pop(Entry *heap, int *size) {
    Entry top = heap[0], last = heap[--*size];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *size) break;
        if (c + 1 < *size && heap[c + 1].dist < heap[c].dist) c++;
        if (heap[c].dist >= last.dist) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = last;
    return top;
}

int network_delay_time(int (*times)[3], int m, int n, int k) {
    int *start = calloc((size_t)n + 1, sizeof(int));
    int *to = malloc(sizeof(int) * (size_t)(m + 1)), *weight = malloc(sizeof(int) * (size_t)(m + 1));
    int *dist = malloc(sizeof(int) * (size_t)n);
    Entry *heap = malloc(sizeof(Entry) * (size_t)(m + 1));
    for (int i = 0; i < m; i++) start[times[i][0] + 1]++;
    for (int u = 0; u < n; u++) start[u + 1] += start[u];
    int *fill = malloc(sizeof(int) * (size_t)n);
    memcpy(fill, start, sizeof(int) * (size_t)n);
    for (int i = 0; i < m; i++) {
        int slot = fill[times[i][0]]++;
        to[slot] = times[i][1];
        weight[slot] = times[i][2];
    }
    for (int u = 0; u < n; u++) dist[u] = INT_MAX;
    int size = 0;
    dist[k] = 0;
    heap_push(heap, &size, (Entry){0, k});
    while (size > 0) {
        Entry e = heap_pop(heap, &size);
        if (e.dist > dist[e.node]) continue;
        for (int j = start[e.node]; j < start[e.node + 1]; j++) {
            int v = to[j], d = e.dist + weight[j];
            if (d < dist[v]) {
                dist[v] = d;
                heap_push(heap, &size, (Entry){d, v});
            }
        }
    }
    int answer = 0;
    for (int u = 0; u < n; u++) {
        if (dist[u] == INT_MAX) { answer = -1; break; }
        if (dist[u] > answer) answer = dist[u];
    }
    free(start); free(to); free(weight); free(dist); free(heap); free(fill);
    return answer;
}
