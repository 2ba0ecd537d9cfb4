// WRONG: the prefix sums are ints, which wrap around past 2^31 - 1 (the result type is long,
// but the damage is done before the conversion).
class Solution {
    public long[] rangeSums(int[] nums, int[][] queries) {
        int[] prefix = new int[nums.length + 1];
        for (int i = 0; i < nums.length; i++)
            prefix[i + 1] = prefix[i] + nums[i];
        long[] res = new long[queries.length];
        for (int i = 0; i < queries.length; i++)
            res[i] = prefix[queries[i][1] + 1] - prefix[queries[i][0]];
        return res;
    }
}
