# TOO SLOW: simulates minute by minute, each minute scanning the whole grid for fresh oranges
# beside a rotten one. Correct, but O(minutes * rows * cols).
class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            rotting = []
            fresh = False
            for i in range(rows):
                for j in range(cols):
                    if grid[i][j] != 1:
                        continue
                    fresh = True
                    if ((i > 0 and grid[i - 1][j] == 2) or (i + 1 < rows and grid[i + 1][j] == 2)
                            or (j > 0 and grid[i][j - 1] == 2)
                            or (j + 1 < cols and grid[i][j + 1] == 2)):
                        rotting.append((i, j))
            if not fresh:
                return minutes
            if not rotting:
                return -1
            for i, j in rotting:
                grid[i][j] = 2
            minutes += 1
