// Prefix sums and a HashMap of how often each has occurred so far (the empty prefix, 0, once
// at the start). The count needs a long. O(n) expected.
import java.util.HashMap;

class Solution {
    public long subarraySum(int[] nums, int k) {
        HashMap<Long, Integer> seen = new HashMap<>(2 * nums.length + 2);
        seen.put(0L, 1);
        long prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
