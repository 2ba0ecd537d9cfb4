# Naive: from every bar, extend left and right while the bars are at least as tall. O(n^2) on
# a long non-decreasing run.
class Solution:
    def largestRectangleArea(self, heights):
        n = len(heights)
        best = 0
        for i, h in enumerate(heights):
            l = r = i
            while l > 0 and heights[l - 1] >= h:
                l -= 1
            while r + 1 < n and heights[r + 1] >= h:
                r += 1
            best = max(best, h * (r - l + 1))
        return best
