/* WRONG: sorts and walks the pairs, but when every pair matches it forgets that the single
 * value is then the largest one, the last element, and returns 0. */
static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int single_number(const int *nums, int n) {
    int *a = malloc(sizeof(int) * (size_t)n);
    memcpy(a, nums, sizeof(int) * (size_t)n);
    qsort(a, (size_t)n, sizeof(int), cmp_int);
    int answer = 0;
    for (int i = 0; i + 1 < n; i += 2)
        if (a[i] != a[i + 1]) {
            answer = a[i];
            break;
        }
    free(a);
    return answer;
}
