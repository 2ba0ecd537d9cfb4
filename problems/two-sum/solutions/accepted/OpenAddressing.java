// A hash table of primitive ints (open addressing, linear probing) from value to index,
// looking up the complement before inserting: O(n) expected, with no boxed Integers.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int size = Integer.highestOneBit(Math.max(2, nums.length) * 2) * 2;
        long[] keys = new long[size];
        int[] values = new int[size];
        boolean[] used = new boolean[size];
        for (int j = 0; j < nums.length; j++) {
            long want = (long) target - nums[j];
            for (int h = slot(want, size); used[h]; h = (h + 1) & (size - 1)) {
                if (keys[h] == want)
                    return new int[] {values[h], j};
            }
            int h = slot(nums[j], size);
            while (used[h] && keys[h] != nums[j])
                h = (h + 1) & (size - 1);
            if (!used[h]) {
                used[h] = true;
                keys[h] = nums[j];
                values[h] = j;
            }
        }
        return new int[0];
    }

    private static int slot(long key, int size) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & (size - 1);
    }
}
