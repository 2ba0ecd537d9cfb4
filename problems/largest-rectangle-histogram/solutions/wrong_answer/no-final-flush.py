# WRONG: a monotonic stack without the flush at the end: the bars still on the stack after
# the last one (a rising run up to the end) are never measured.
class Solution:
    def largestRectangleArea(self, heights):
        stack = [-1]
        best = 0
        for i, h in enumerate(heights):
            while len(stack) > 1 and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                best = max(best, height * (i - stack[-1] - 1))
            stack.append(i)
        return best
