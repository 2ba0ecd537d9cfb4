# Too slow: Dijkstra that finds the next closest node by scanning all of them, O(n^2).
class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n)]
        for u, v, w in times:
            adj[u].append((v, w))
        INF = float("inf")
        dist = [INF] * n
        done = [False] * n
        dist[k] = 0
        for _ in range(n):
            u, best = -1, INF
            for v in range(n):
                if not done[v] and dist[v] < best:
                    u, best = v, dist[v]
            if u == -1:
                return -1
            done[u] = True
            for v, w in adj[u]:
                if best + w < dist[v]:
                    dist[v] = best + w
        return max(dist)
