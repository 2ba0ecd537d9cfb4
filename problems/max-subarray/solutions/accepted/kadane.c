/* Kadane's algorithm: the best sum ending at i is either nums[i] alone or nums[i] added to
 * the best sum ending at i - 1. 64-bit sums. */
long long max_subarray(const int *nums, int n) {
    long long best = nums[0], ending_here = nums[0];
    for (int i = 1; i < n; i++) {
        ending_here = ending_here > 0 ? ending_here + nums[i] : nums[i];
        if (ending_here > best) best = ending_here;
    }
    return best;
}
