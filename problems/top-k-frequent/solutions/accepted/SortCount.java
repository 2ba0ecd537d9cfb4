import java.util.*;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        HashMap<Integer, Integer> count = new HashMap<>();
        for (int x : nums)
            count.merge(x, 1, Integer::sum);
        long[] keys = new long[count.size()];
        int m = 0;
        // pack (-count, value) into one long so that sorting ascending gives the answer's order
        for (Map.Entry<Integer, Integer> e : count.entrySet())
            keys[m++] = ((long) -e.getValue() << 32) + ((long) e.getKey() + (1L << 31));
        Arrays.sort(keys);
        int[] res = new int[k];
        for (int i = 0; i < k; i++)
            res[i] = (int) ((keys[i] & 0xffffffffL) - (1L << 31));
        return res;
    }
}
