/* Starts and ends sorted apart: walking the starts in order, every end at or before the
 * current start has freed a room. The rooms in use after start i are (i + 1) - (ends passed).
 * O(n log n). */
static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int min_meeting_rooms(int (*intervals)[2], int n) {
    int *starts = malloc(sizeof(int) * (size_t)n), *ends = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    qsort(starts, (size_t)n, sizeof(int), cmp_int);
    qsort(ends, (size_t)n, sizeof(int), cmp_int);
    int best = 0, passed = 0;
    for (int i = 0; i < n; i++) {
        while (ends[passed] <= starts[i]) passed++;
        if (i + 1 - passed > best) best = i + 1 - passed;
    }
    free(starts);
    free(ends);
    return best;
}
