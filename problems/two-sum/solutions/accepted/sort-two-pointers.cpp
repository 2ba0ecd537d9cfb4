// Sort indices by value, then two pointers; report the ORIGINAL indices: O(n log n).
class Solution {
public:
    vector<int> twoSum(vector<int> &nums, int target)
    {
        int n = nums.size();
        vector<int> ord(n);
        iota(ord.begin(), ord.end(), 0);
        sort(ord.begin(), ord.end(), [&](int a, int b) { return nums[a] < nums[b]; });
        int l = 0, r = n - 1;
        while (l < r) {
            long long s = (long long)nums[ord[l]] + nums[ord[r]];
            if (s == target)
                return {ord[l], ord[r]};
            if (s < target)
                l++;
            else
                r--;
        }
        return {};
    }
};
