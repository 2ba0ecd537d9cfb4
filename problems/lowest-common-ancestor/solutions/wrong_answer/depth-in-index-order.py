# WRONG: the depths are computed in index order, depth[v] = depth[parent[v]] + 1 for v = 1, 2,
# ..., as if every parent had a smaller index than its child. A parent with a larger index has
# no depth yet (0), so its children get wrong depths, and the lifting answers wrongly.
class Solution:
    def lowestCommonAncestors(self, parent, queries):
        n = len(parent)
        depth = [0] * n
        for v in range(1, n):
            depth[v] = depth[parent[v]] + 1
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
