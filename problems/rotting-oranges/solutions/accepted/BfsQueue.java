// Breadth-first search from every rotten orange at once, level by level: each level is one
// minute. A fresh orange left at the end means -1. O(rows * cols).
class Solution {
    public int orangesRotting(int[][] grid) {
        int rows = grid.length, cols = grid[0].length, fresh = 0, head = 0, tail = 0;
        int[] queue = new int[rows * cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (grid[i][j] == 2)
                    queue[tail++] = i * cols + j;
                else if (grid[i][j] == 1)
                    fresh++;
            }
        int minutes = 0;
        int[] di = {-1, 1, 0, 0}, dj = {0, 0, -1, 1};
        while (head < tail && fresh > 0) {
            minutes++;
            int levelEnd = tail;
            while (head < levelEnd) {
                int cell = queue[head++], i = cell / cols, j = cell % cols;
                for (int d = 0; d < 4; d++) {
                    int a = i + di[d], b = j + dj[d];
                    if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] != 1)
                        continue;
                    grid[a][b] = 2;
                    fresh--;
                    queue[tail++] = a * cols + b;
                }
            }
        }
        return fresh > 0 ? -1 : minutes;
    }
}
