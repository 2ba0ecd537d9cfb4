/* Compress the values, keep the window's counts in a Fenwick tree and descend it for the
 * ((k-1)/2+1)-th smallest. O(n log n). */
static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int *median_sliding_window(const int *nums, int n, int k, int *out_len)
{
    int *s = malloc(sizeof(int) * (size_t)n);
    memcpy(s, nums, sizeof(int) * (size_t)n);
    qsort(s, (size_t)n, sizeof(int), cmp_int);
    int m = 0;
    for (int i = 0; i < n; i++)
        if (i == 0 || s[i] != s[i - 1])
            s[m++] = s[i];
    int *id = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = m - 1;
        while (lo < hi) {
            int md = (lo + hi) / 2;
            if (s[md] < nums[i]) lo = md + 1; else hi = md;
        }
        id[i] = lo + 1;
    }
    int *bit = calloc((size_t)m + 1, sizeof(int));
    int lg = 1;
    while ((1 << lg) <= m)
        lg++;
    int *res = malloc(sizeof(int) * (size_t)(n - k + 1));
    int cnt = 0;
    for (int i = 0; i < n; i++) {
        for (int p = id[i]; p <= m; p += p & -p)
            bit[p]++;
        if (i >= k)
            for (int p = id[i - k]; p <= m; p += p & -p)
                bit[p]--;
        if (i >= k - 1) {
            int r = (k - 1) / 2 + 1, pos = 0;
            for (int b = lg; b >= 0; b--) {
                int nx = pos + (1 << b);
                if (nx <= m && bit[nx] < r) {
                    pos = nx;
                    r -= bit[nx];
                }
            }
            res[cnt++] = s[pos];
        }
    }
    free(s);
    free(id);
    free(bit);
    *out_len = cnt;
    return res;
}
