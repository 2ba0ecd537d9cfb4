# Divide and conquer at the lowest bar: the best rectangle either spans the whole range at the
# lowest height or lies on one side of it. On a rising run the lowest bar is always the first,
# so the recursion goes n levels deep and passes Python's recursion limit (RecursionError).
class Solution:
    def largestRectangleArea(self, heights):
        def best(lo, hi):  # bars lo..hi-1
            if lo >= hi:
                return 0
            m = min(range(lo, hi), key=heights.__getitem__)
            return max(heights[m] * (hi - lo), best(lo, m), best(m + 1, hi))

        return best(0, len(heights))
