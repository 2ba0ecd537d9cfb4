# CRASHES: the right recurrence, memoised, but computed by recursion from the start: the
# recursion goes rows + cols - 1 calls deep, past Python's default limit of 1000 on the
# largest grids (RecursionError).
from functools import lru_cache

MOD = 10**9 + 7


class Solution:
    def countPaths(self, grid):
        rows, cols = len(grid), len(grid[0])

        @lru_cache(maxsize=None)
        def paths(i, j):
            if i >= rows or j >= cols or grid[i][j] == "#":
                return 0
            if i == rows - 1 and j == cols - 1:
                return 1
            return (paths(i + 1, j) + paths(i, j + 1)) % MOD

        return paths(0, 0)
