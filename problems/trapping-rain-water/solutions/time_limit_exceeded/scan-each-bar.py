# Naive: for every bar, the maxima of everything left and right of it. O(n^2).
class Solution:
    def trap(self, height):
        water = 0
        for i, h in enumerate(height):
            water += min(max(height[:i + 1]), max(height[i:])) - h
        return water
