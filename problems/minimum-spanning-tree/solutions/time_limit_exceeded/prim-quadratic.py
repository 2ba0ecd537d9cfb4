# Too slow: Prim without a heap, scanning every node for the closest one at each step: O(n^2).
class Solution:
    def minimumSpanningTree(self, edges, n):
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w))
            adj[v].append((u, w))
        INF = float("inf")
        best = [INF] * n
        done = [False] * n
        best[0] = 0
        total = 0
        for _ in range(n):
            u = -1
            for v in range(n):
                if not done[v] and (u < 0 or best[v] < best[u]):
                    u = v
            if best[u] == INF:
                return -1
            done[u] = True
            total += best[u]
            for v, w in adj[u]:
                if not done[v] and w < best[v]:
                    best[v] = w
        return total
