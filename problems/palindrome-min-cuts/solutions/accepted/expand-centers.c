/* cut[k] is the fewest cuts of the first k letters (cut[0] = -1). Every palindrome s[i..j]
 * is found by growing it around its centre, O(n^2) steps in all, and gives
 * cut[j + 1] <= cut[i] + 1. */
int min_cut(const char *s) {
    int n = (int)strlen(s);
    int *cut = malloc(sizeof(int) * ((size_t)n + 1));
    for (int k = 0; k <= n; k++)
        cut[k] = k - 1;
    for (int mid = 0; mid < n; mid++)
        for (int odd = 0; odd < 2; odd++)
            for (int i = mid - odd, j = mid; i >= 0 && j < n && s[i] == s[j]; i--, j++)
                if (cut[i] + 1 < cut[j + 1])
                    cut[j + 1] = cut[i] + 1;
    int answer = cut[n];
    free(cut);
    return answer;
}
