/* Two breadth-first searches (from node 1, then from the farthest node found), in C. The
 * average depth is printed with 7 decimals, within the checker's tolerance. */
#include <stdio.h>
#include <stdlib.h>

static int n;
static int *head, *next_edge, *to, *dist, *queue;

static int bfs(int start) {
    for (int v = 1; v <= n; v++) dist[v] = -1;
    int qh = 0, qt = 0, far = start;
    dist[start] = 0;
    queue[qt++] = start;
    while (qh < qt) {
        int u = queue[qh++];
        if (dist[u] > dist[far]) far = u;
        for (int e = head[u]; e >= 0; e = next_edge[e])
            if (dist[to[e]] < 0) {
                dist[to[e]] = dist[u] + 1;
                queue[qt++] = to[e];
            }
    }
    return far;
}

int main(void) {
    if (scanf("%d", &n) != 1) return 1;
    head = malloc(sizeof(int) * (n + 1));
    next_edge = malloc(sizeof(int) * 2 * n);
    to = malloc(sizeof(int) * 2 * n);
    dist = malloc(sizeof(int) * (n + 1));
    queue = malloc(sizeof(int) * (n + 1));
    for (int v = 0; v <= n; v++) head[v] = -1;
    int edges = 0;
    for (int i = 2; i <= n; i++) {
        int p;
        if (scanf("%d", &p) != 1) return 1;
        to[edges] = p, next_edge[edges] = head[i], head[i] = edges++;
        to[edges] = i, next_edge[edges] = head[p], head[p] = edges++;
    }
    int u = bfs(1);
    long long depth_sum = 0;
    for (int v = 1; v <= n; v++) depth_sum += dist[v];
    int w = bfs(u);
    printf("%d\n%.7f\n", dist[w], (double)depth_sum / n);
    return 0;
}
