/* Kahn's algorithm over the 26 letters, taking the smallest available letter each time. The
 * returned string lives in a static buffer. */
char *alien_order(char **words, int n) {
    static char order[27];
    bool present[26] = {false}, edge[26][26] = {{false}}, used[26] = {false};
    int indegree[26] = {0}, letters = 0, size = 0;
    for (int i = 0; i < n; i++)
        for (const char *p = words[i]; *p; p++) present[*p - 'a'] = true;
    for (int i = 0; i + 1 < n; i++) {
        const char *a = words[i], *b = words[i + 1];
        int k = 0;
        while (a[k] && b[k] && a[k] == b[k]) k++;
        if (a[k] && b[k]) {
            int x = a[k] - 'a', y = b[k] - 'a';
            if (!edge[x][y]) {
                edge[x][y] = true;
                indegree[y]++;
            }
        } else if (a[k]) {
            order[0] = '\0';
            return order;
        }
    }
    for (int c = 0; c < 26; c++) letters += present[c];
    for (;;) {
        int pick = -1;
        for (int c = 0; c < 26 && pick < 0; c++)
            if (present[c] && !used[c] && indegree[c] == 0) pick = c;
        if (pick < 0) break;
        used[pick] = true;
        order[size++] = (char)('a' + pick);
        for (int y = 0; y < 26; y++)
            if (edge[pick][y]) indegree[y]--;
    }
    order[size == letters ? size : 0] = '\0';
    return order;
}
