// Two running totals (the best of the houses so far, and of all but the last), 64-bit.
class Solution {
public:
    long long rob(vector<int>& nums) {
        long long before = 0, best = 0;
        for (int x : nums) {
            long long next = max(best, before + x);
            before = best;
            best = next;
        }
        return best;
    }
};
