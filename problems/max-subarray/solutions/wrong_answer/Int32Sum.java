// Kadane's algorithm with an int running sum: overflows on large inputs, and returns the
// wrapped value.
class Solution {
    public long maxSubArray(int[] nums) {
        int best = nums[0], endingHere = nums[0];
        for (int i = 1; i < nums.length; i++) {
            endingHere = endingHere > 0 ? endingHere + nums[i] : nums[i];
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
