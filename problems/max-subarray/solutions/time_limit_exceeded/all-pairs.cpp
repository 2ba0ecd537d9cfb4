// Naive: every start, extended one element at a time; correct but O(n^2).
class Solution {
public:
    long long maxSubArray(vector<int>& nums) {
        int n = nums.size();
        long long best = nums[0];
        for (int i = 0; i < n; i++) {
            long long sum = 0;
            for (int j = i; j < n; j++) {
                sum += nums[j];
                if (sum > best) best = sum;
            }
        }
        return best;
    }
};
