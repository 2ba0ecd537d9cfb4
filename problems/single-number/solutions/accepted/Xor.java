// XOR of all values: each pair cancels itself, the single value remains.
class Solution {
    public int singleNumber(int[] nums) {
        int acc = 0;
        for (int x : nums) acc ^= x;
        return acc;
    }
}
