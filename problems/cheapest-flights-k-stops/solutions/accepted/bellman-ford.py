# Bellman-Ford limited to k + 1 rounds. Each round relaxes from a copy of the previous round's
# prices, so a round adds at most one flight; only cities whose price changed in the previous
# round have anything new to relax.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        adj = [[] for _ in range(n)]
        for u, v, p in flights:
            adj[u].append((v, p))
        INF = float("inf")
        dist = [INF] * n
        dist[src] = 0
        frontier = [src]
        for _ in range(k + 1):
            if not frontier:
                break
            prev = dist[:]
            changed = []
            for u in frontier:
                du = prev[u]
                for v, p in adj[u]:
                    if du + p < dist[v]:
                        if dist[v] == prev[v]:
                            changed.append(v)
                        dist[v] = du + p
            frontier = changed
        return -1 if dist[dst] == INF else dist[dst]
