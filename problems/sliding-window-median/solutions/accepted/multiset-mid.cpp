// A multiset of the window with an iterator on the lower median, moved one step at a time
// as values enter and leave. O(n log k).
class Solution {
public:
    vector<int> medianSlidingWindow(vector<int>& nums, int k) {
        multiset<int> w(nums.begin(), nums.begin() + k);
        auto mid = next(w.begin(), (k - 1) / 2);
        vector<int> res{*mid};
        for (int i = k; i < (int)nums.size(); i++) {
            int x = nums[i], y = nums[i - k];
            w.insert(x);
            if (x < *mid) mid--;             // the median index now points one lower
            // remove y: if y is at or below mid, the median moves up
            if (y <= *mid) mid++;
            w.erase(w.lower_bound(y));
            res.push_back(*mid);
        }
        return res;
    }
};
