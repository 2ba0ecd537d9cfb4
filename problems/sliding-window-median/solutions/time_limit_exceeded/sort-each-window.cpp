// Copies and sorts every window: O(n k log k).
class Solution {
public:
    vector<int> medianSlidingWindow(vector<int>& nums, int k) {
        vector<int> res;
        for (int i = 0; i + k <= (int)nums.size(); i++) {
            vector<int> w(nums.begin() + i, nums.begin() + i + k);
            sort(w.begin(), w.end());
            res.push_back(w[(k - 1) / 2]);
        }
        return res;
    }
};
