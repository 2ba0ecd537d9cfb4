// WRONG: the method is right, but the count is an int; with n = 200000 zeros and k = 0 there
// are 20000100000 subarrays, which wraps around.
class Solution {
public:
    long long subarraySum(vector<int>& nums, int k) {
        unordered_map<long long, int> seen;
        seen[0] = 1;
        long long prefix = 0;
        int count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end())
                count = (int)((unsigned)count + (unsigned)it->second);  // wraps like int
            seen[prefix]++;
        }
        return count;
    }
};
