// Reference for alien-dictionary: one edge per adjacent pair of words (their first differing
// letters), "" when a word comes before its own proper prefix, then Kahn's algorithm taking
// the smallest available letter each time (the lexicographically smallest order); "" when
// some letters are left (a cycle).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    int n;
    if (!(cin >> n)) return 1;
    vector<string> words(n);
    for (auto &w : words) cin >> w;
    bool present[26] = {}, edge[26][26] = {};
    int indegree[26] = {};
    for (auto &w : words)
        for (char c : w) present[c - 'a'] = true;
    for (int i = 0; i + 1 < n; i++) {
        const string &a = words[i], &b = words[i + 1];
        size_t k = 0;
        while (k < a.size() && k < b.size() && a[k] == b[k]) k++;
        if (k == a.size() || k == b.size()) {
            if (a.size() > b.size()) {
                printf("\n");
                return 0;
            }
            continue;
        }
        int x = a[k] - 'a', y = b[k] - 'a';
        if (!edge[x][y]) {
            edge[x][y] = true;
            indegree[y]++;
        }
    }
    string order;
    bool used[26] = {};
    for (;;) {
        int pick = -1;
        for (int c = 0; c < 26; c++)
            if (present[c] && !used[c] && indegree[c] == 0) {
                pick = c;
                break;
            }
        if (pick < 0) break;
        used[pick] = true;
        order += char('a' + pick);
        for (int c = 0; c < 26; c++)
            if (edge[pick][c]) indegree[c]--;
    }
    int letters = 0;
    for (int c = 0; c < 26; c++) letters += present[c];
    printf("%s\n", (int)order.size() == letters ? order.c_str() : "");
    return 0;
}
