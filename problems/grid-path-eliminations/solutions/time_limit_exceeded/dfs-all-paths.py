# Too slow: a depth-first search over every simple path (with an explicit stack, so depth is no
# problem), keeping the shortest that passes at most k walls. The number of paths is
# exponential in the size of the grid.
class Solution:
    def shortestPath(self, grid, k):
        rows, cols = len(grid), len(grid[0])
        on_path = [[False] * cols for _ in range(rows)]
        best = -1
        on_path[0][0] = True
        stack = [(0, 0, 0, 0, 0)]  # r, c, walls used, steps, next direction to try
        moves = ((1, 0), (0, 1), (-1, 0), (0, -1))
        while stack:
            r, c, used, steps, d = stack[-1]
            if r == rows - 1 and c == cols - 1:
                if best == -1 or steps < best:
                    best = steps
                d = 4
            if d == 4:
                stack.pop()
                on_path[r][c] = False
                continue
            stack[-1] = (r, c, used, steps, d + 1)
            nr, nc = r + moves[d][0], c + moves[d][1]
            if 0 <= nr < rows and 0 <= nc < cols and not on_path[nr][nc]:
                nu = used + grid[nr][nc]
                if nu <= k:
                    on_path[nr][nc] = True
                    stack.append((nr, nc, nu, steps + 1, 0))
        return best
