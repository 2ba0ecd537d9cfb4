// WRONG: finds the rotation point, then searches nums[0..start-1] when target >= nums[0] and
// nums[start..n-1] otherwise. If the array is not rotated at all, start is 0, the first run is
// empty, and every query is answered -1.
class Solution {
    public int search(int[] nums, int target) {
        int n = nums.length, lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[n - 1]) lo = mid + 1;
            else hi = mid;
        }
        int start = lo;
        int from = 0, to = start - 1;
        if (target < nums[0]) {
            from = start;
            to = n - 1;
        }
        while (from <= to) {
            int mid = (from + to) >>> 1;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) from = mid + 1;
            else to = mid - 1;
        }
        return -1;
    }
}
