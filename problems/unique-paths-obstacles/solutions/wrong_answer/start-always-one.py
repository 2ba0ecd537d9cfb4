# WRONG: sets the start's count to 1 without looking at its cell, so a blocked start still
# leads to every path from its neighbours.
MOD = 10**9 + 7


class Solution:
    def countPaths(self, grid):
        rows, cols = len(grid), len(grid[0])
        ways = [[0] * cols for _ in range(rows)]
        ways[0][0] = 1
        for i in range(rows):
            for j in range(cols):
                if (i, j) == (0, 0) or grid[i][j] == "#":
                    continue
                up = ways[i - 1][j] if i > 0 else 0
                left = ways[i][j - 1] if j > 0 else 0
                ways[i][j] = (up + left) % MOD
        return ways[-1][-1]
