# Run-time error: a depth-first search from each rotten orange that stamps every fresh orange
# with the earliest minute found so far, going on while it improves a stamp. Correct, but the
# recursion follows a path of oranges one cell per call: along a row of 1000 oranges (or any
# long corridor) it goes past Python's recursion limit (RecursionError).
class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        best = [[None] * cols for _ in range(rows)]

        def spread(i, j, minute):
            best[i][j] = minute
            for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if (0 <= a < rows and 0 <= b < cols and grid[a][b] == 1
                        and (best[a][b] is None or best[a][b] > minute + 1)):
                    spread(a, b, minute + 1)

        for i in range(rows):
            for j in range(cols):
                if grid[i][j] == 2:
                    spread(i, j, 0)
        answer = 0
        for i in range(rows):
            for j in range(cols):
                if grid[i][j] == 1:
                    if best[i][j] is None:
                        return -1
                    answer = max(answer, best[i][j])
        return answer
