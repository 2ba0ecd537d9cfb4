/* Levenshtein DP over the full (n+1) x (m+1) table, in C. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char s[3100], t[3100];

static void read_line(char *buf, int size) {
    if (!fgets(buf, size, stdin)) buf[0] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
}

int main(void) {
    read_line(s, sizeof s);
    read_line(t, sizeof t);
    int n = (int)strlen(s), m = (int)strlen(t);
    int *d = malloc(sizeof(int) * (size_t)(n + 1) * (m + 1));
#define D(i, j) d[(size_t)(i) * (m + 1) + (j)]
    for (int i = 0; i <= n; i++) D(i, 0) = i;
    for (int j = 0; j <= m; j++) D(0, j) = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int best = D(i - 1, j - 1) + (s[i - 1] != t[j - 1]);
            if (D(i - 1, j) + 1 < best) best = D(i - 1, j) + 1;
            if (D(i, j - 1) + 1 < best) best = D(i, j - 1) + 1;
            D(i, j) = best;
        }
    printf("%d\n", D(n, m));
    free(d);
    return 0;
}
