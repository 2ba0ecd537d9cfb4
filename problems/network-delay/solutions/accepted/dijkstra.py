# Dijkstra with a binary heap (heapq): O((n + m) log m). Stale heap entries are skipped.
import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [-1] * n
        heap = [(0, k)]
        reached = 0
        while heap:
            d, u = heapq.heappop(heap)
            if dist[u] != -1:
                continue
            dist[u] = d
            reached += 1
            for v, w in adj[u]:
                if dist[v] == -1:
                    heapq.heappush(heap, (d + w, v))
        return max(dist) if reached == n else -1
