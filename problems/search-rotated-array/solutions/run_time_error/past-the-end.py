# RUN-TIME ERROR: an off-by-one in the bounds: hi starts at len(nums), one past the last
# index, as for a half-open range, yet the loop runs while lo <= hi and reads nums[hi] as a
# value when the right half is the sorted one: nums[len(nums)] raises IndexError.
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums)
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
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
