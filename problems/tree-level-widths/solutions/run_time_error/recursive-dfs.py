# CRASHES: the levels are counted by a recursive depth-first search. Python allows about 1000
# nested calls, and the tree can be a path thousands of nodes deep: RecursionError.
class Solution:
    def levelWidths(self, parent):
        n = len(parent)
        children = [[] for _ in range(n)]
        for v in range(1, n):
            children[parent[v]].append(v)
        widths = []

        def dfs(v, d):
            if d == len(widths):
                widths.append(0)
            widths[d] += 1
            for c in children[v]:
                dfs(c, d + 1)

        dfs(0, 0)
        return widths
