// Reference for edit-distance: Levenshtein DP over two rolling rows, O(|s| * |t|).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

static void chomp(string &line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
}

int main() {
    string s, t;
    getline(cin, s);
    getline(cin, t);
    chomp(s);
    chomp(t);
    size_t n = s.size(), m = t.size();
    vector<int> prev(m + 1), cur(m + 1);
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= m; j++)
            cur[j] = min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] != t[j - 1])});
        swap(prev, cur);
    }
    cout << prev[m] << "\n";
    return 0;
}
