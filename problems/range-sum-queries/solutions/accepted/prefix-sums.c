/* Prefix sums in 64 bits: the sum of [l, r] is prefix[r + 1] - prefix[l]. O(n + q). */
long long *range_sums(const int *nums, int n, int **queries, int q, int *out_len)
{
    long long *prefix = malloc(sizeof(long long) * ((size_t)n + 1));
    long long *res = malloc(sizeof(long long) * (size_t)q);
    if (prefix == NULL || res == NULL)
        return NULL;
    prefix[0] = 0;
    for (int i = 0; i < n; i++)
        prefix[i + 1] = prefix[i] + nums[i];
    for (int i = 0; i < q; i++)
        res[i] = prefix[queries[i][1] + 1] - prefix[queries[i][0]];
    free(prefix);
    *out_len = q;
    return res;
}
