/* Breadth-first search by levels, in one pass: [i .. end] are the indices reachable with
 * `jumps` jumps; while scanning them, `far` is the farthest index one more jump reaches. At
 * the end of a level, no progress (far <= end) means index n - 1 cannot be reached. O(n). */
int min_jumps(const int *nums, int n) {
    if (n == 1) return 0;
    int jumps = 0, end = 0, far = 0;
    for (int i = 0; i < n; i++) {
        if (i + nums[i] > far) far = i + nums[i];
        if (i == end) {
            if (far <= i) return -1;
            jumps++;
            end = far;
            if (end >= n - 1) return jumps;
        }
    }
    return -1; /* not reached: the loop returns at the end of some level */
}
