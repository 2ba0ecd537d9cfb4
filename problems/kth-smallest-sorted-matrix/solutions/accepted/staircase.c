/* Binary search on the value with a staircase count of the entries <= x. */
static long long count_at_most(int **m, int n, long long x)
{
    long long c = 0;
    int j = n - 1;
    for (int i = 0; i < n; i++) {
        while (j >= 0 && m[i][j] > x)
            j--;
        c += j + 1;
    }
    return c;
}

int *kth_smallest(int **matrix, int n, const int *queries, int q, int *out_len)
{
    int *res = malloc(sizeof(int) * (size_t)q);
    for (int t = 0; t < q; t++) {
        long long lo = matrix[0][0], hi = matrix[n - 1][n - 1];
        while (lo < hi) {
            long long mid = lo + (hi - lo) / 2;
            if (count_at_most(matrix, n, mid) >= queries[t])
                hi = mid;
            else
                lo = mid + 1;
        }
        res[t] = (int)lo;
    }
    *out_len = q;
    return res;
}
