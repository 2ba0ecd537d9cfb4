// Too slow: tries both choices at every house and remembers nothing, so the number of calls
// grows like the Fibonacci numbers (exponential in n).
class Solution {
    long long from(const vector<int>& nums, int i) {
        if (i >= (int)nums.size()) return 0;
        return max(from(nums, i + 1), nums[i] + from(nums, i + 2));
    }

public:
    long long rob(vector<int>& nums) { return from(nums, 0); }
};
