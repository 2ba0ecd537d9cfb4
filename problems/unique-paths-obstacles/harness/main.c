/* unique-paths-obstacles harness (C): reads the test, calls count_paths() from the user's
 * solution.c and prints the returned number of paths. The usual headers come before the
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
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || cols < 1 || rows > 1000 || cols > 1000)
        return 1;
    char **grid = malloc(sizeof(char *) * (size_t)rows);
    if (!grid) return 1;
    for (int i = 0; i < rows; i++) {
        grid[i] = malloc((size_t)cols + 2);
        if (!grid[i] || scanf("%1001s", grid[i]) != 1 || (int)strlen(grid[i]) != cols) return 1;
    }
    int answer = count_paths(grid, rows, cols); /* judge-signature: int count_paths(char **grid, int rows, int cols) */
    printf("%d\n", answer);
    for (int i = 0; i < rows; i++)
        free(grid[i]);
    free(grid);
    return 0;
}
