# Run-time error: a counting array for values in [-100000, 100000] only; the values reach
# 2^31 in absolute value and the index falls outside the list (IndexError).
class Solution:
    def singleNumber(self, nums):
        offset = 100000
        count = [0] * (2 * offset + 1)
        for x in nums:
            count[x + offset] += 1
        for i, c in enumerate(count):
            if c == 1:
                return i - offset
