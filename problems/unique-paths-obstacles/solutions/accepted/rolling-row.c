/* One row of counts, updated in place: ways[j] holds the paths to the cell in column j of the
 * current row (from above: the old ways[j]; from the left: ways[j - 1]). Each sum of two
 * values below the modulus fits in an int64 easily; reduced at every step. O(rows * cols). */
int count_paths(char **grid, int rows, int cols) {
    const long long MOD = 1000000007;
    long long *ways = calloc((size_t)cols, sizeof(long long));
    ways[0] = 1;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            if (grid[i][j] == '#')
                ways[j] = 0;
            else if (j > 0)
                ways[j] = (ways[j] + ways[j - 1]) % MOD;
        }
    int answer = (int)ways[cols - 1];
    free(ways);
    return answer;
}
