// WRONG: prefix sums and a HashMap as it should be, but the count is an int, which wraps
// around past 2^31 - 1 (there can be 2 * 10^10 matching subarrays).
import java.util.HashMap;

class Solution {
    public long subarraySum(int[] nums, int k) {
        HashMap<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
        int prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
