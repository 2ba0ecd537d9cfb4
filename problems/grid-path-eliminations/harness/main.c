/* grid-path-eliminations harness (C): reads the test, calls shortest_path() from the user's
 * solution.c and prints the returned number of steps. The usual headers come before the
 * user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int rows, cols, k;
    if (scanf("%d %d %d", &rows, &cols, &k) != 3 || rows < 1 || cols < 1) return 1;
    int **grid = malloc(sizeof(int *) * (size_t)rows);
    if (!grid) return 1;
    for (int i = 0; i < rows; i++) {
        grid[i] = malloc(sizeof(int) * (size_t)cols);
        if (!grid[i]) return 1;
        for (int j = 0; j < cols; j++) {
            int ch = getchar();
            while (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')
                ch = getchar();
            if (ch < '0' || ch > '1') return 1;
            grid[i][j] = ch - '0';
        }
    }
    int answer = shortest_path(grid, rows, cols, k); /* judge-signature: int shortest_path(int **grid, int rows, int cols, int k) */
    printf("%d\n", answer);
    for (int i = 0; i < rows; i++)
        free(grid[i]);
    free(grid);
    return 0;
}
