/* WRONG: "a 0 at the start means we cannot move, so -1", forgetting that with n = 1 we are
 * already at the last index (0 jumps). Otherwise the correct greedy. */
int min_jumps(const int *nums, int n) {
    if (nums[0] == 0) return -1;
    if (n == 1) return 0;
    int jumps = 0, end = 0, far = 0;
    for (int i = 0; i < n; i++) {
        if (i + nums[i] > far) far = i + nums[i];
        if (i == end) {
            if (far <= i) return -1;
            jumps++;
            end = far;
            if (end >= n - 1) return jumps;
        }
    }
    return -1;
}
