# One binary search: of the two halves around mid, at least one is sorted (nums[lo] <= nums[mid]
# says the left one is); the target is inside that half exactly when it lies between its ends.
# O(log n) per query.
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) >> 1
            m = nums[mid]
            if m == target:
                return mid
            if nums[lo] <= m:  # nums[lo..mid] is sorted
                if nums[lo] <= target < m:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:  # nums[mid..hi] is sorted
                if m < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
