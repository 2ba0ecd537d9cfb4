/* Breadth-first flood fill with an array used as a queue, in C. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    char *g = malloc((size_t)n * (m + 1) + 1);
    int *queue = malloc(sizeof(int) * (size_t)n * m);
    for (int r = 0; r < n; r++)
        if (scanf("%s", g + (size_t)r * (m + 1)) != 1) return 1;
    long islands = 0;
    for (int start = 0; start < n * m; start++) {
        int sr = start / m, sc = start % m;
        if (g[sr * (m + 1) + sc] != '#') continue;
        islands++;
        int head = 0, tail = 0;
        g[sr * (m + 1) + sc] = '.';
        queue[tail++] = start;
        while (head < tail) {
            int cur = queue[head++];
            int r = cur / m, c = cur % m;
            int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
            for (int d = 0; d < 4; d++) {
                if (nr[d] < 0 || nr[d] >= n || nc[d] < 0 || nc[d] >= m) continue;
                char *cell = &g[nr[d] * (m + 1) + nc[d]];
                if (*cell != '#') continue;
                *cell = '.';
                queue[tail++] = nr[d] * m + nc[d];
            }
        }
    }
    printf("%ld\n", islands);
    free(g);
    free(queue);
    return 0;
}
