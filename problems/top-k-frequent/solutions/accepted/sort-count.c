/* Sort a copy to count runs, then sort the (count, value) pairs. */
static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

typedef struct {
    int count, value;
} Entry;

static int cmp_entry(const void *a, const void *b)
{
    const Entry *x = a, *y = b;
    if (x->count != y->count)
        return y->count - x->count;
    return (x->value > y->value) - (x->value < y->value);
}

int *top_k_frequent(const int *nums, int n, int k, int *out_len)
{
    int *s = malloc(sizeof(int) * (size_t)n);
    Entry *e = malloc(sizeof(Entry) * (size_t)n);
    memcpy(s, nums, sizeof(int) * (size_t)n);
    qsort(s, (size_t)n, sizeof(int), cmp_int);
    int m = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] == s[i])
            j++;
        e[m].count = j - i;
        e[m].value = s[i];
        m++;
        i = j;
    }
    qsort(e, (size_t)m, sizeof(Entry), cmp_entry);
    int *res = malloc(sizeof(int) * (size_t)k);
    for (int i = 0; i < k; i++)
        res[i] = e[i].value;
    free(s);
    free(e);
    *out_len = k;
    return res;
}
