# Union-find over the edges in input order: the first edge whose two ends are already joined
# closes the only cycle, and every other edge of that cycle came before it, so it is the
# cycle's last edge, the one to remove. find() is a loop with path halving (no recursion).
# O(n * alpha(n)).
class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for u, v in edges:
            a, b = find(u), find(v)
            if a == b:
                return [u, v]
            parent[a] = b
        return []
