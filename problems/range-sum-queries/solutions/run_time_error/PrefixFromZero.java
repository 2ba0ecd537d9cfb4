// RUN-TIME ERROR: prefix[i] holds the sum of nums[0..i] (no leading zero), and the range
// [l, r] is taken as prefix[r] - prefix[l - 1], which reads prefix[-1] when l = 0:
// ArrayIndexOutOfBoundsException.
class Solution {
    public long[] rangeSums(int[] nums, int[][] queries) {
        long[] prefix = new long[nums.length];
        prefix[0] = nums[0];
        for (int i = 1; i < nums.length; i++)
            prefix[i] = prefix[i - 1] + nums[i];
        long[] res = new long[queries.length];
        for (int i = 0; i < queries.length; i++)
            res[i] = prefix[queries[i][1]] - prefix[queries[i][0] - 1];
        return res;
    }
}
