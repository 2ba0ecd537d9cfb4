# Wrong: returns the weight of the minimum spanning forest even when the graph is not
# connected (the answer must then be -1).
class Solution:
    def minimumSpanningTree(self, edges, n):
        parent = list(range(n))
        total = 0
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
        return total
