# TOO SLOW: for each query, collect all of u's ancestors in a set, then walk up from v until
# one of them is reached. O(depth) per query, and the tree can be tens of thousands of levels
# deep.
class Solution:
    def lowestCommonAncestors(self, parent, queries):
        res = []
        for u, v in queries:
            seen = set()
            while u != -1:
                seen.add(u)
                u = parent[u]
            while v not in seen:
                v = parent[v]
            res.append(v)
        return res
