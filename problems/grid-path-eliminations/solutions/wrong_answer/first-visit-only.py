# Wrong: a plain BFS over cells that carries the walls passed so far but marks a cell visited
# the first time it is reached. A later path into the same cell with fewer walls used is
# thrown away, though it may be the only one with enough walls left to finish.
from collections import deque


class Solution:
    def shortestPath(self, grid, k):
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        seen[0][0] = True
        queue = deque([(0, 0, 0, 0)])
        while queue:
            r, c, used, steps = queue.popleft()
            if r == rows - 1 and c == cols - 1:
                return steps
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc]:
                    nu = used + grid[nr][nc]
                    if nu <= k:
                        seen[nr][nc] = True
                        queue.append((nr, nc, nu, steps + 1))
        return -1
