// Two heaps balanced around the median, but the value leaving the window is never taken out:
// the "window" grows to the whole prefix.
class Solution {
public:
    vector<int> medianSlidingWindow(vector<int>& nums, int k) {
        priority_queue<int> low;                             // smaller half, max on top
        priority_queue<int, vector<int>, greater<int>> high;  // larger half
        vector<int> res;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (low.empty() || nums[i] <= low.top()) low.push(nums[i]);
            else high.push(nums[i]);
            while (low.size() > high.size() + 1) { high.push(low.top()); low.pop(); }
            while (high.size() > low.size()) { low.push(high.top()); high.pop(); }
            if (i >= k - 1) res.push_back(low.top());
        }
        return res;
    }
};
