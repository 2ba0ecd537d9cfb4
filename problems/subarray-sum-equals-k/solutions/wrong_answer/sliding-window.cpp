// WRONG: a sliding window, which assumes the numbers are not negative: it shrinks the window
// while the sum is above k and counts one subarray per end at most. With negative numbers
// (or zeros) a larger sum can come back down, and several starts can match one end.
class Solution {
public:
    long long subarraySum(vector<int>& nums, int k) {
        long long sum = 0, count = 0;
        size_t left = 0;
        for (size_t right = 0; right < nums.size(); right++) {
            sum += nums[right];
            while (sum > k && left <= right)
                sum -= nums[left++];
            if (sum == k && left <= right)
                count++;
        }
        return count;
    }
};
