// Accepted: the sum in 64 bits.
class Solution {
public:
    long long sumArray(vector<int>& nums) {
        long long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
};
