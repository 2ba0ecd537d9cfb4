// WRONG: the usual greedy, but it assumes the last index can always be reached: when a level
// brings no progress it still counts a jump, and an unreachable end gets a number, not -1.
class Solution {
public:
    int minJumps(vector<int>& nums) {
        int n = nums.size(), jumps = 0, end = 0, far = 0;
        for (int i = 0; i < n - 1; i++) {
            far = max(far, i + nums[i]);
            if (i == end) {
                jumps++;
                end = far;
            }
        }
        return jumps;
    }
};
