// WRONG: the hours are summed in an int. When the search tries a small k (here: after a
// feasible k, the range below it still starts at 1) and the piles are large, the sum passes
// 2^31 and wraps to a negative count, which "fits" in h: a too-small speed is returned.
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        int lo = 1, hi = 1;
        for (int p : piles) hi = Math.max(hi, p);
        int answer = hi;
        while (lo <= hi) {
            int k = lo + (hi - lo) / 2;
            int hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) {
                answer = k;
                hi = k - 1;
            } else {
                lo = k + 1;
            }
        }
        return answer;
    }
}
