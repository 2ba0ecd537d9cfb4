/* WRONG: fills the first row and the first column with 1 whatever their cells hold (the
 * textbook grid without obstacles), so an obstacle there does not cut off the cells behind it. */
int count_paths(char **grid, int rows, int cols) {
    const long long MOD = 1000000007;
    long long *ways = malloc(sizeof(long long) * (size_t)rows * (size_t)cols);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            long long *cell = &ways[(size_t)i * cols + j];
            if (i == 0 || j == 0)
                *cell = 1;
            else if (grid[i][j] == '#')
                *cell = 0;
            else
                *cell = (cell[-cols] + cell[-1]) % MOD;
        }
    int answer = (int)ways[(size_t)rows * cols - 1];
    free(ways);
    return answer;
}
