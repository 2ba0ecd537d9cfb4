// Wrong answer: the sum kept in 32 bits wraps once it passes 2^31 - 1.
class Solution {
public:
    long long sumArray(vector<int>& nums) {
        int sum = 0;
        for (int x : nums)
            sum = (int)((unsigned)sum + (unsigned)x);
        return sum;
    }
};
