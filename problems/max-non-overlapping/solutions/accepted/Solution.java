// Greedy by end: take the interval that ends first, skip those starting before its end.
// The ends are packed with the index into longs so a primitive sort does the work.
import java.util.Arrays;

class Solution {
    public int maxNonOverlapping(int[][] intervals) {
        int n = intervals.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++)
            keys[i] = ((long) intervals[i][1] << 20) | i;
        Arrays.sort(keys);
        int count = 0;
        long last = -1;
        for (long k : keys) {
            int[] m = intervals[(int) (k & ((1 << 20) - 1))];
            if (m[0] >= last) {
                count++;
                last = m[1];
            }
        }
        return count;
    }
}
