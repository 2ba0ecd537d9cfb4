/* Two running totals: before = best of the houses up to i - 2, best = up to i - 1; house i is
 * either skipped (best) or taken after before. 64-bit totals. */
long long rob(const int *nums, int n) {
    long long before = 0, best = 0;
    for (int i = 0; i < n; i++) {
        long long take = before + nums[i];
        before = best;
        if (take > best) best = take;
    }
    return best;
}
