// Kadane's algorithm with 64-bit sums.
class Solution {
public:
    long long maxSubArray(vector<int>& nums) {
        long long best = nums[0], ending_here = 0;
        for (int x : nums) {
            ending_here = max<long long>(x, ending_here + x);
            best = max(best, ending_here);
        }
        return best;
    }
};
