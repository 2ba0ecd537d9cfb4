# WRONG: tests whether the left half is sorted with nums[lo] < nums[mid]. When lo == mid (two
# values left) the one-element left half is sorted but fails the test, so the right half is
# taken as the sorted one and a target sitting at hi is missed.
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] < nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
