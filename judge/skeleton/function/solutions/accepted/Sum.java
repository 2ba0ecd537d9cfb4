// Accepted: the sum in 64 bits.
class Solution {
    public long sumArray(int[] nums) {
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
}
