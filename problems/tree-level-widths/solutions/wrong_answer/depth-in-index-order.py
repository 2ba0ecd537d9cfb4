# WRONG: the depths are computed in index order, depth[v] = depth[parent[v]] + 1 for v = 1, 2,
# ..., as if every parent had a smaller index than its child. A parent with a larger index has
# no depth yet (0) when its child is reached, so the child lands on the wrong level.
class Solution:
    def levelWidths(self, parent):
        n = len(parent)
        depth = [0] * n
        for v in range(1, n):
            depth[v] = depth[parent[v]] + 1
        widths = [0] * (max(depth) + 1)
        for d in depth:
            widths[d] += 1
        return widths
