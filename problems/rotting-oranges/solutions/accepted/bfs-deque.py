# Breadth-first search from every rotten orange at once with a deque of (row, col, minute):
# the minute an orange rots is one more than its neighbour's. O(rows * cols).
from collections import deque


class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        queue = deque()
        fresh = 0
        for i, row in enumerate(grid):
            for j, x in enumerate(row):
                if x == 2:
                    queue.append((i, j, 0))
                elif x == 1:
                    fresh += 1
        minutes = 0
        while queue:
            i, j, t = queue.popleft()
            for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1:
                    grid[a][b] = 2
                    fresh -= 1
                    minutes = t + 1
                    queue.append((a, b, t + 1))
        return -1 if fresh else minutes
