// WRONG: the right recurrence, but the totals are 32-bit ints; five houses of 10^9 already
// wrap around.
class Solution {
public:
    long long rob(vector<int>& nums) {
        int before = 0, best = 0;
        for (int x : nums) {
            int take = (int)((unsigned)before + (unsigned)x);  // wraps as int addition does
            before = best;
            best = max(best, take);
        }
        return best;
    }
};
