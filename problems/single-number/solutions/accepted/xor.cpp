// XOR of all values: each pair cancels itself, the single value remains. O(n), O(1) memory.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        int acc = 0;
        for (int x : nums) acc ^= x;
        return acc;
    }
};
