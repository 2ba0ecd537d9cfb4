# WRONG: fills every bar up to the tallest bar on its left, as if the right edge held the
# water too; after the tallest bar the water would run off the open right side.
class Solution:
    def trap(self, height):
        left_max = water = 0
        for h in height:
            left_max = max(left_max, h)
            water += left_max - h
        return water
