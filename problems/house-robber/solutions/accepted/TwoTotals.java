// Two running totals in long: the answer needs 64 bits.
class Solution {
    public long rob(int[] nums) {
        long before = 0, best = 0;
        for (int x : nums) {
            long next = Math.max(best, before + x);
            before = best;
            best = next;
        }
        return best;
    }
}
