# Kruskal: edges by weight, union-find with an iterative find (path halving). O(m log m).
class Solution:
    def minimumSpanningTree(self, edges, n):
        parent = list(range(n))
        total = 0
        joined = 0
        for u, v, w in sorted(edges, key=lambda e: e[2]):
            while parent[u] != u:
                parent[u] = parent[parent[u]]
                u = parent[u]
            while parent[v] != v:
                parent[v] = parent[parent[v]]
                v = parent[v]
            if u != v:
                parent[u] = v
                total += w
                joined += 1
                if joined == n - 1:
                    break
        return total if joined == n - 1 else -1
