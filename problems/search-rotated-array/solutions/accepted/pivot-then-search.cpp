// Two searches: first the rotation point (the index of the smallest value: the first index
// whose value is below nums.back()), then an ordinary lower_bound in whichever of the two
// sorted runs can hold the target. O(log n) per query.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int n = nums.size();
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[n - 1])
                lo = mid + 1;
            else
                hi = mid;
        }
        int start = lo;  // nums[start..n-1] and nums[0..start-1] are sorted
        auto first = nums.begin(), last = nums.end();
        if (target <= nums[n - 1])
            first += start;
        else
            last = first + start;
        auto it = lower_bound(first, last, target);
        return it != last && *it == target ? (int)(it - nums.begin()) : -1;
    }
};
