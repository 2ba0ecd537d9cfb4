// WRONG: keeps the running sums in 32-bit ints; three values of 10^9 already overflow.
class Solution {
public:
    long long maxSubArray(vector<int>& nums) {
        int best = nums[0], ending_here = 0;
        for (int x : nums) {
            ending_here = (int)((unsigned)max(ending_here, 0) + (unsigned)x);  // wraps like int
            best = max(best, ending_here);
        }
        return best;
    }
};
