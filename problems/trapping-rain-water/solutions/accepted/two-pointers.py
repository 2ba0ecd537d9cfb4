# Two pointers from both ends (Python integers do not overflow).
class Solution:
    def trap(self, height):
        l, r = 0, len(height) - 1
        left_max = right_max = water = 0
        while l < r:
            hl, hr = height[l], height[r]
            if hl < hr:
                if hl > left_max:
                    left_max = hl
                water += left_max - hl
                l += 1
            else:
                if hr > right_max:
                    right_max = hr
                water += right_max - hr
                r -= 1
        return water
