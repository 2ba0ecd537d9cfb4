# Too slow: a depth-first search trying every route of at most k + 1 flights. The number of
# routes grows exponentially with k.
import sys


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        sys.setrecursionlimit(10000)
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        best = [float("inf")]

        def dfs(u, cost, left):
            if u == dst:
                best[0] = min(best[0], cost)
                return
            if left == 0:
                return
            for v, p in adj[u]:
                dfs(v, cost + p, left - 1)

        dfs(src, 0, k + 1)
        return -1 if best[0] == float("inf") else best[0]
