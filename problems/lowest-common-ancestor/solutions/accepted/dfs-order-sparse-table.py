# A depth-first order (with an explicit stack: the tree may be a path of 200000 nodes, far
# deeper than Python's recursion allows) and a sparse table of range minima over it. For
# u != v with u earlier in the order, the nodes after u up to v all lie in the subtree of their
# LCA, and one of them is a child of the LCA; so the smallest position, among those nodes'
# parents, is the LCA's own position (a node comes before everything in its subtree).
# O(n log n + q).
class Solution:
    def lowestCommonAncestors(self, parent, queries):
        n = len(parent)
        children = [[] for _ in range(n)]
        for v in range(1, n):
            children[parent[v]].append(v)
        order = []
        stack = [0]
        while stack:
            v = stack.pop()
            order.append(v)
            stack.extend(children[v])
        pos = [0] * n
        for i, v in enumerate(order):
            pos[v] = i
        # row k, entry i: the smallest parent position among order[i .. i + 2^k - 1]
        row = [0] + [pos[parent[v]] for v in order[1:]]
        table = [row]
        j = 1
        while 2 * j <= n:
            row = [a if a < b else b for a, b in zip(row, row[j:])]
            table.append(row)
            j *= 2
        res = []
        append = res.append
        for u, v in queries:
            if u == v:
                append(u)
                continue
            a, b = pos[u], pos[v]
            if a > b:
                a, b = b, a
            k = (b - a).bit_length() - 1  # the range a + 1 .. b, covered by two rows of 2^k
            row = table[k]
            x, y = row[a + 1], row[b + 1 - (1 << k)]
            append(order[x if x < y else y])
        return res
