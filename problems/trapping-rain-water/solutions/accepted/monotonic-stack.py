# A stack of bars with falling heights: a taller bar closes the pits behind it, filling each
# one layer by layer (width between the walls times the rise of the water).
class Solution:
    def trap(self, height):
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = height[stack.pop()]
                if not stack:
                    break
                left = stack[-1]
                water += (min(height[left], h) - bottom) * (i - left - 1)
            stack.append(i)
        return water
