/* Breadth-first search from every rotten orange at once: the queue holds cells in the order
 * they rot, `minute[]` when each did. A fresh orange never reached means -1. O(rows * cols). */
int oranges_rotting(int **grid, int rows, int cols) {
    int size = rows * cols, fresh = 0, head = 0, tail = 0, minutes = 0;
    int *queue = malloc(sizeof(int) * (size_t)size);
    int *minute = malloc(sizeof(int) * (size_t)size);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            if (grid[i][j] == 2) {
                minute[i * cols + j] = 0;
                queue[tail++] = i * cols + j;
            } else if (grid[i][j] == 1) {
                fresh++;
            }
        }
    static const int di[4] = {-1, 1, 0, 0}, dj[4] = {0, 0, -1, 1};
    while (head < tail) {
        int cell = queue[head++], i = cell / cols, j = cell % cols;
        for (int d = 0; d < 4; d++) {
            int a = i + di[d], b = j + dj[d];
            if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] != 1) continue;
            grid[a][b] = 2;
            fresh--;
            minute[a * cols + b] = minute[cell] + 1;
            minutes = minute[a * cols + b];
            queue[tail++] = a * cols + b;
        }
    }
    free(queue);
    free(minute);
    return fresh > 0 ? -1 : minutes;
}
