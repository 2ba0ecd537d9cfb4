# Union-find that keeps, for every node, the parity of its path to the root: an edge inside
# one set whose ends have the same parity closes an odd cycle. Near O(m + n).
class Solution:
    def isBipartite(self, n, edges):
        parent = list(range(n))
        parity = [0] * n  # parity of the edge to parent

        def find(x):
            path = []
            while parent[x] != x:
                path.append(x)
                x = parent[x]
            root, acc = x, 0
            for y in reversed(path):  # from the node nearest the root outwards
                acc ^= parity[y]
                parity[y] = acc
                parent[y] = root
            return root

        for u, v in edges:
            ru, rv = find(u), find(v)
            if ru == rv:
                if parity[u] == parity[v]:
                    return False
            else:
                parent[ru] = rv
                parity[ru] = parity[u] ^ parity[v] ^ 1
        return True
