/* Open-addressing hash table from value to index: O(n) expected. */
int *two_sum(int *nums, int n, long long target, int *out_len)
{
    size_t cap = 1;
    while (cap < 2 * (size_t)n)
        cap <<= 1;
    int *keys = malloc(cap * sizeof(int));
    int *idx = malloc(cap * sizeof(int));
    for (size_t i = 0; i < cap; i++)
        idx[i] = -1;
    int *res = malloc(2 * sizeof(int));
    *out_len = 2;
    for (int j = 0; j < n; j++) {
        long long need = target - nums[j];
        if (need >= INT_MIN && need <= INT_MAX) {
            size_t h = ((uint32_t)(int)need * 2654435761u) & (cap - 1);
            while (idx[h] != -1) {
                if (keys[h] == (int)need) {
                    res[0] = idx[h];
                    res[1] = j;
                    free(keys);
                    free(idx);
                    return res;
                }
                h = (h + 1) & (cap - 1);
            }
        }
        size_t h = ((uint32_t)nums[j] * 2654435761u) & (cap - 1);
        while (idx[h] != -1 && keys[h] != nums[j])
            h = (h + 1) & (cap - 1);
        if (idx[h] == -1) {
            keys[h] = nums[j];
            idx[h] = j;
        }
    }
    free(keys);
    free(idx);
    res[0] = res[1] = -1;
    return res;
}
