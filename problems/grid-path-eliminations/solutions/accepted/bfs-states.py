# BFS over (cell, walls passed) states, level by level. A state is worth keeping only if it
# reaches its cell with fewer walls than every earlier state did (an earlier state with no
# more walls is at least as good): fewest[cell] holds that count, so each cell is entered at
# most k + 1 times. The grid is flattened with a border of cells that can never be entered,
# so the four neighbours need no bounds checks. When k covers every cell of a shortest walk,
# the Manhattan distance is the answer.
class Solution:
    def shortestPath(self, grid, k):
        rows, cols = len(grid), len(grid[0])
        if k >= rows + cols - 3:
            return rows + cols - 2
        width = cols + 2
        wall = [0] * (width * (rows + 2))
        fewest = [0] * (width * (rows + 2))  # border cells: 0, never improved on
        for r, row in enumerate(grid):
            base = (r + 1) * width + 1
            wall[base:base + cols] = row
            fewest[base:base + cols] = [k + 1] * cols
        start, target = width + 1, rows * width + cols
        fewest[start] = 0
        frontier = [(start, 0)]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            push = nxt.append
            for cell, used in frontier:
                for nb in (cell + 1, cell + width, cell - 1, cell - width):
                    nu = used + wall[nb]
                    if nu < fewest[nb]:
                        if nb == target:
                            return steps
                        fewest[nb] = nu
                        push((nb, nu))
            frontier = nxt
        return -1
