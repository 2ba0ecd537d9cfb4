/* One row of the DP over capacities: best[c] = the largest value of a subset of the items
 * seen so far weighing at most c. Each item is added with c going DOWN, so that best[c - w]
 * still excludes it: taken at most once. O(n * W) time, O(W) memory. */
long long max_value(const int *weights, const int *values, int n, int capacity) {
    long long *best = calloc((size_t)capacity + 1, sizeof(long long));
    for (int i = 0; i < n; i++)
        for (int c = capacity; c >= weights[i]; c--)
            if (best[c - weights[i]] + values[i] > best[c])
                best[c] = best[c - weights[i]] + values[i];
    long long answer = best[capacity];
    free(best);
    return answer;
}
