# WRONG: finds the cycle (by peeling leaves) but answers its FIRST edge in the input. Any
# cycle edge leaves a tree when removed; the problem asks for the one that comes last.
class Solution:
    def findRedundantConnection(self, edges):
        n = len(edges)
        degree = [0] * (n + 1)
        adjacent = [[] for _ in range(n + 1)]
        for u, v in edges:
            degree[u] += 1
            degree[v] += 1
            adjacent[u].append(v)
            adjacent[v].append(u)
        leaves = [x for x in range(1, n + 1) if degree[x] == 1]
        while leaves:
            x = leaves.pop()
            degree[x] = 0
            for y in adjacent[x]:
                if degree[y] > 0:
                    degree[y] -= 1
                    if degree[y] == 1:
                        leaves.append(y)
        for u, v in edges:
            if degree[u] >= 2 and degree[v] >= 2:
                return [u, v]
        return []
