/* x ^ x = 0 and x ^ 0 = x: XOR-ing everything cancels every pair and leaves the single value. */
int single_number(const int *nums, int n) {
    unsigned acc = 0;
    for (int i = 0; i < n; i++) acc ^= (unsigned)nums[i];
    return (int)acc;
}
