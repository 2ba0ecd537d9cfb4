# Breadth-first search from the root, one level at a time: the next level is every child of
# the current one. The width of each level is its length. No recursion, so a path of 200000
# nodes is fine. O(n).
class Solution:
    def levelWidths(self, parent):
        n = len(parent)
        children = [[] for _ in range(n)]
        for v in range(1, n):
            children[parent[v]].append(v)
        widths = []
        level = [0]
        while level:
            widths.append(len(level))
            nxt = []
            for v in level:
                nxt.extend(children[v])
            level = nxt
        return widths
