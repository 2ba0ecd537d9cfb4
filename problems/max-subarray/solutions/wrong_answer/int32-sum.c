/* WRONG: the result type is 64-bit, but the sums are kept in 32-bit ints and wrap around. */
long long max_subarray(const int *nums, int n) {
    int best = nums[0], ending_here = 0;
    for (int i = 0; i < n; i++) {
        unsigned sum = (unsigned)(ending_here > 0 ? ending_here : 0) + (unsigned)nums[i];
        ending_here = (int)sum; /* what a plain int addition does on overflow in practice */
        if (ending_here > best) best = ending_here;
    }
    return best;
}
