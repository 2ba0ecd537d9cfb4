// Breadth-first search by levels in one pass: [i .. end] are the indices reachable with
// `jumps` jumps, `far` the farthest one more jump reaches. O(n).
class Solution {
public:
    int minJumps(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return 0;
        int jumps = 0, end = 0, far = 0;
        for (int i = 0; i < n; i++) {
            far = max(far, i + nums[i]);
            if (i == end) {
                if (far <= i) return -1;  // this level reaches nothing new: stuck
                jumps++;
                end = far;
                if (end >= n - 1) return jumps;
            }
        }
        return -1;
    }
};
