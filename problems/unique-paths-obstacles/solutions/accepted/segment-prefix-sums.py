# One row of counts at a time. Within a run of open cells of a row, the new counts are the
# prefix sums of the counts above (each cell adds the one to its left), so each run is one
# itertools.accumulate; an obstacle resets to 0. Reduced modulo 1e9+7 once per row.
# O(rows * cols), the inner loops in C.
from itertools import accumulate

MOD = 10**9 + 7


class Solution:
    def countPaths(self, grid):
        cols = len(grid[0])
        ways = [1] + [0] * (cols - 1)
        for row in grid:
            new = []
            pos = 0
            for run in row.split("#"):
                if run:
                    new.extend(x % MOD for x in accumulate(ways[pos:pos + len(run)]))
                    pos += len(run)
                if pos < cols:
                    new.append(0)  # the obstacle that ended the run
                    pos += 1
            ways = new
        return ways[-1]
