# CRASHES: the depths come from a recursive depth-first search. Python allows about 1000 nested
# calls, and the tree can be a path thousands of nodes deep: RecursionError.
class Solution:
    def lowestCommonAncestors(self, parent, queries):
        n = len(parent)
        children = [[] for _ in range(n)]
        for v in range(1, n):
            children[parent[v]].append(v)
        depth = [0] * n

        def dfs(v, d):
            depth[v] = d
            for c in children[v]:
                dfs(c, d + 1)

        dfs(0, 0)
        up = [[0] + parent[1:]]
        while (1 << len(up)) < n:
            prev = up[-1]
            up.append([prev[p] for p in prev])
        res = []
        for u, v in queries:
            if depth[u] < depth[v]:
                u, v = v, u
            diff, k = depth[u] - depth[v], 0
            while diff:
                if diff & 1:
                    u = up[k][u]
                diff >>= 1
                k += 1
            if u != v:
                for row in reversed(up):
                    if row[u] != row[v]:
                        u, v = row[u], row[v]
                u = up[0][u]
            res.append(u)
        return res
