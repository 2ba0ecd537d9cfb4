/* WRONG: the right DP, but it returns the number of pieces, one more than the number of cuts
 * (cut[0] starts at 0 instead of -1). */
int min_cut(const char *s) {
    int n = (int)strlen(s);
    int *cut = malloc(sizeof(int) * ((size_t)n + 1));
    for (int k = 0; k <= n; k++)
        cut[k] = k;
    for (int mid = 0; mid < n; mid++)
        for (int odd = 0; odd < 2; odd++)
            for (int i = mid - odd, j = mid; i >= 0 && j < n && s[i] == s[j]; i--, j++)
                if (cut[i] + 1 < cut[j + 1])
                    cut[j + 1] = cut[i] + 1;
    int answer = cut[n];
    free(cut);
    return answer;
}
