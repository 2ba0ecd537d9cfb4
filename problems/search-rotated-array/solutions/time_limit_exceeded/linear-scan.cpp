// TOO SLOW: looks at every element for every query, O(n) per query: O(n * q) in all.
// Correct answers.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        for (int i = 0; i < (int)nums.size(); i++)
            if (nums[i] == target) return i;
        return -1;
    }
};
