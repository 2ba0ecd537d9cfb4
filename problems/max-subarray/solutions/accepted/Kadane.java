// Kadane's algorithm with a long running sum: the answer needs 64 bits.
class Solution {
    public long maxSubArray(int[] nums) {
        long best = nums[0], endingHere = nums[0];
        for (int i = 1; i < nums.length; i++) {
            endingHere = endingHere > 0 ? endingHere + nums[i] : nums[i];
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
