// WRONG: treats the left half as sorted at every step, as in a plain binary search: it goes
// left when nums[lo] <= target < nums[mid], else right. When the rotation point lies in the
// left half, that test says nothing, and targets there are missed.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[lo] <= target && target < nums[mid])
                hi = mid - 1;
            else
                lo = mid + 1;
        }
        return -1;
    }
};
