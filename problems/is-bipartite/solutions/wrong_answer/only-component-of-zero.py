# Wrong: a correct BFS coloring, but started from node 0 only, so an odd cycle in any other
# component of a disconnected graph is never seen.
from collections import deque


class Solution:
    def isBipartite(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        color = [-1] * n
        color[0] = 0
        queue = deque([0])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if color[v] == -1:
                    color[v] = color[u] ^ 1
                    queue.append(v)
                elif color[v] == color[u]:
                    return False
        return True
