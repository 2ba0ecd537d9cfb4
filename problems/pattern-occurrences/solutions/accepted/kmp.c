/* The prefix function (KMP): on a mismatch, and after a full match, the match falls back
 * along the pattern's borders, so overlapping occurrences count. O(|text| + |pattern|). */
int count_occurrences(const char *text, const char *pattern) {
    int m = (int)strlen(pattern);
    int *fail = malloc(sizeof(int) * (size_t)m);
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k && pattern[k] != pattern[i]) k = fail[k - 1];
        if (pattern[k] == pattern[i]) k++;
        fail[i] = k;
    }
    int count = 0, k = 0;
    for (const char *c = text; *c; c++) {
        while (k && pattern[k] != *c) k = fail[k - 1];
        if (pattern[k] == *c && ++k == m) {
            count++;
            k = fail[k - 1];
        }
    }
    free(fail);
    return count;
}
