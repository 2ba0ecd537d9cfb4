// Binary search on the speed k over [1, max pile]; the hours are a long: at k = 1 they are
// the sum of all piles, up to 10^14. O(n log max).
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        int lo = 1, hi = 1;
        for (int p : piles) hi = Math.max(hi, p);
        while (lo < hi) {
            int k = lo + (hi - lo) / 2;
            long hours = 0;
            for (int p : piles) hours += (p + (long) k - 1) / k;
            if (hours <= h)
                hi = k;
            else
                lo = k + 1;
        }
        return lo;
    }
}
