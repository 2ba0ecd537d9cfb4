/* Sort every word's letters (counting sort), sort the keys, count the runs. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

int *anagram_group_sizes(char **words, int n, int *out_len)
{
    char **keys = malloc(sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        int cnt[26] = {0};
        size_t len = strlen(words[i]);
        for (size_t j = 0; j < len; j++)
            cnt[words[i][j] - 'a']++;
        char *key = malloc(len + 1), *p = key;
        for (int c = 0; c < 26; c++)
            while (cnt[c]--)
                *p++ = (char)('a' + c);
        *p = '\0';
        keys[i] = key;
    }
    qsort(keys, (size_t)n, sizeof(char *), cmp_str);
    int *sizes = malloc(sizeof(int) * (size_t)n);
    int m = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && strcmp(keys[j], keys[i]) == 0)
            j++;
        sizes[m++] = j - i;
        i = j;
    }
    qsort(sizes, (size_t)m, sizeof(int), cmp_desc);
    *out_len = m;
    return sizes;
}
