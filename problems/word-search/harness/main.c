/* word-search harness (C): reads the test, calls exist() from the user's solution.c once per
 * word, each time on a fresh copy of the grid, and prints "true" or "false" for each. The
 * usual headers come before the user's code. */
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
    char grid[8][16];
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || rows > 8 || cols < 1 || cols > 8)
        return 1;
    for (int r = 0; r < rows; r++)
        if (scanf("%15s", grid[r]) != 1 || (int)strlen(grid[r]) != cols) return 1;
    if (scanf("%d", &k) != 1 || k < 0) return 1;
    char *board[8];
    for (int r = 0; r < rows; r++) {
        board[r] = malloc((size_t)cols + 1);
        if (!board[r]) return 1;
    }
    for (int w = 0; w < k; w++) {
        char word[64];
        if (scanf("%63s", word) != 1) return 1;
        for (int r = 0; r < rows; r++)
            memcpy(board[r], grid[r], (size_t)cols + 1);
        bool found = exist(board, rows, cols, word); /* judge-signature: bool exist(char **board, int rows, int cols, const char *word) */
        puts(found ? "true" : "false");
    }
    for (int r = 0; r < rows; r++)
        free(board[r]);
    return 0;
}
