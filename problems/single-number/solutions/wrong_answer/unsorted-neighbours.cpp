// WRONG: compares each value with its neighbour as if equal values were next to each other,
// but the array is not sorted: the pairs are scattered.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        int n = nums.size();
        for (int i = 0; i + 1 < n; i += 2)
            if (nums[i] != nums[i + 1]) return nums[i];
        return nums[n - 1];
    }
};
