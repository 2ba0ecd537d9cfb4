/* Greedy by end: take the interval that ends first, skip those starting before its end.
 * O(n log n). */
static int cmp_end(const void *a, const void *b) {
    int x = ((const int *)a)[1], y = ((const int *)b)[1];
    return (x > y) - (x < y);
}

int max_non_overlapping(int (*intervals)[2], int n) {
    qsort(intervals, (size_t)n, sizeof(int[2]), cmp_end);
    int count = 0;
    long long last = -1;
    for (int i = 0; i < n; i++)
        if (intervals[i][0] >= last) {
            count++;
            last = intervals[i][1];
        }
    return count;
}
