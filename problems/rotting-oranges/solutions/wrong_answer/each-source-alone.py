# WRONG: a breadth-first search from each rotten orange on its own, answering the largest
# distance any single one of them reaches. Oranges rot from the nearest rotten one, all at
# once: the answer is the largest over fresh oranges of the distance to the NEAREST source.
# On sample 1 the corner orange alone needs 5 minutes to reach the far side; together 3.
from collections import deque


class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        reached = set()
        best = 0
        for si in range(rows):
            for sj in range(cols):
                if grid[si][sj] != 2:
                    continue
                dist = {(si, sj): 0}
                queue = deque([(si, sj)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if (0 <= a < rows and 0 <= b < cols and grid[a][b] == 1
                                and (a, b) not in dist):
                            dist[a, b] = dist[i, j] + 1
                            best = max(best, dist[a, b])
                            reached.add((a, b))
                            queue.append((a, b))
        fresh = sum(row.count(1) for row in grid)
        return -1 if len(reached) < fresh else best
