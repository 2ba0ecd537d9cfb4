// WRONG: the right recurrence with int totals, which overflow past 2^31 - 1; the long result
// type does not help once the sum has wrapped.
class Solution {
    public long rob(int[] nums) {
        int before = 0, best = 0;
        for (int x : nums) {
            int next = Math.max(best, before + x);
            before = best;
            best = next;
        }
        return best;
    }
}
