// Another approach, no hashing: the prefix sums sorted and numbered once, then the same walk
// with an array of counts and a binary search for prefix - k. O(n log n).
class Solution {
public:
    long long subarraySum(vector<int>& nums, int k) {
        int n = nums.size();
        vector<long long> prefix(n + 1, 0);
        for (int i = 0; i < n; i++)
            prefix[i + 1] = prefix[i] + nums[i];
        vector<long long> values(prefix);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        vector<long long> seen(values.size(), 0);
        long long count = 0;
        for (int j = 0; j <= n; j++) {
            auto it = lower_bound(values.begin(), values.end(), prefix[j] - k);
            if (it != values.end() && *it == prefix[j] - k)
                count += seen[it - values.begin()];
            seen[lower_bound(values.begin(), values.end(), prefix[j]) - values.begin()]++;
        }
        return count;
    }
};
