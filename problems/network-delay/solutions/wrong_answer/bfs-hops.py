# Wrong: a BFS, as if every edge took the same time. Each node gets the time along the first
# path that reaches it (fewest edges), which is not always the fastest one.
from collections import deque


class Solution:
    def networkDelayTime(self, times, n, k):
        adj = [[] for _ in range(n)]
        for u, v, w in times:
            adj[u].append((v, w))
        dist = [-1] * n
        dist[k] = 0
        queue = deque([k])
        while queue:
            u = queue.popleft()
            for v, w in adj[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + w
                    queue.append(v)
        return -1 if -1 in dist else max(dist)
