# TOO SLOW: each node's depth is found by walking up to the root, one parent at a time. That
# costs the sum of all depths, up to n^2 / 2 steps on a deep tree.
class Solution:
    def levelWidths(self, parent):
        n = len(parent)
        widths = [0] * n
        for v in range(n):
            d = 0
            while v != 0:
                v = parent[v]
                d += 1
            widths[d] += 1
        while widths[-1] == 0:
            widths.pop()
        return widths
