// Naive: from every start, extend the subarray one element at a time and compare its sum
// with k. Correct (negatives included) but O(n^2): 2 * 10^10 steps for n = 200000.
class Solution {
public:
    long long subarraySum(vector<int>& nums, int k) {
        int n = nums.size();
        long long count = 0;
        for (int i = 0; i < n; i++) {
            long long sum = 0;
            for (int j = i; j < n; j++) {
                sum += nums[j];
                if (sum == k)
                    count++;
            }
        }
        return count;
    }
};
