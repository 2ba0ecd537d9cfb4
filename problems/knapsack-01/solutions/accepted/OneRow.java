// One row of the DP over capacities: best[c] = the largest value of a subset of the items
// seen so far weighing at most c; each item added with c going down, so it is used at most
// once. O(n * W) time, O(W) memory.
class Solution {
    public long maxValue(int[] weights, int[] values, int capacity) {
        long[] best = new long[capacity + 1];
        for (int i = 0; i < weights.length; i++)
            for (int c = capacity; c >= weights[i]; c--)
                best[c] = Math.max(best[c], best[c - weights[i]] + values[i]);
        return best[capacity];
    }
}
