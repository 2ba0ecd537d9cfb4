// Sort, then walk the pairs: the first pair whose two values differ starts with the single
// value; if every pair matches, it is the last element. O(n log n).
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        for (size_t i = 0; i + 1 < a.size(); i += 2)
            if (a[i] != a[i + 1]) return a[i];
        return a.back();
    }
};
