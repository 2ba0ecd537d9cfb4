# Monotonic stack of indices with rising heights; a height-0 bar at the end flushes it.
class Solution:
    def largestRectangleArea(self, heights):
        hs = heights + [0]
        stack = [-1]  # a sentinel: the left edge of a rectangle reaching the first bar
        best = 0
        for i, h in enumerate(hs):
            while len(stack) > 1 and hs[stack[-1]] >= h:
                height = hs[stack.pop()]
                area = height * (i - stack[-1] - 1)
                if area > best:
                    best = area
            stack.append(i)
        return best
