# Takes the element at index k // 2 of the sorted window: the upper median when k is even.
from bisect import bisect_left, insort


class Solution:
    def medianSlidingWindow(self, nums, k):
        window = sorted(nums[:k])
        mid = k // 2
        res = [window[mid]]
        for i in range(k, len(nums)):
            del window[bisect_left(window, nums[i - k])]
            insort(window, nums[i])
            res.append(window[mid])
        return res
