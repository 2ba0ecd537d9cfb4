# Run-time error: union-find with a recursive find() and no path compression nor balancing.
# On a path given in order (1-2, 2-3, ...) the trees become one chain as long as the path, and
# find() on its far end recurses once per node: past Python's recursion limit
# (RecursionError).
class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges) + 1))

        def find(x):
            if parent[x] == x:
                return x
            return find(parent[x])

        for u, v in edges:
            a, b = find(u), find(v)
            if a == b:
                return [u, v]
            parent[a] = b
        return []
