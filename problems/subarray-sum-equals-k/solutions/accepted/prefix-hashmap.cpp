// Prefix sums and a hash map of how often each has occurred so far (the empty prefix, 0,
// once at the start). The count can pass 2^32: 64 bits. O(n) expected.
class Solution {
public:
    long long subarraySum(vector<int>& nums, int k) {
        unordered_map<long long, int> seen;
        seen.reserve(nums.size() * 2 + 1);
        seen[0] = 1;
        long long prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end())
                count += it->second;
            seen[prefix]++;
        }
        return count;
    }
};
