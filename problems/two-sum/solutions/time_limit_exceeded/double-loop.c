/* TOO SLOW: tries every pair i < j, O(n^2). Correct answers. */
int *two_sum(int *nums, int n, long long target, int *out_len)
{
    int *res = malloc(2 * sizeof(int));
    *out_len = 2;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if ((long long)nums[i] + nums[j] == target) {
                res[0] = i;
                res[1] = j;
                return res;
            }
    res[0] = res[1] = -1;
    return res;
}
