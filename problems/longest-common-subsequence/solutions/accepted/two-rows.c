/* The O(n * m) table of LCS lengths of prefixes, two rows kept: best[i][j] is best[i-1][j-1]
 * + 1 when the letters match, else the larger of best[i-1][j] and best[i][j-1]. */
int longest_common_subsequence(const char *text1, const char *text2) {
    int n = (int)strlen(text1), m = (int)strlen(text2);
    int *prev = calloc((size_t)m + 1, sizeof(int)), *cur = calloc((size_t)m + 1, sizeof(int));
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
            if (text1[i] == text2[j])
                cur[j + 1] = prev[j] + 1;
            else
                cur[j + 1] = prev[j + 1] > cur[j] ? prev[j + 1] : cur[j];
        }
        int *swap = prev;
        prev = cur;
        cur = swap;
    }
    int answer = prev[m];
    free(prev);
    free(cur);
    return answer;
}
