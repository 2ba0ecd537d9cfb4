// Reference for kth-smallest-sorted-matrix: validates the input (rows and columns
// non-decreasing, 1 <= k <= n*n), sorts all the values once and answers each query by index.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (!(cin >> n)) return 1;
    if (n < 1 || n > 500) return 2;
    vector<vector<long long>> m(n, vector<long long>(n));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            if (!(cin >> m[i][j]) || llabs(m[i][j]) > 1000000000LL) return 2;
            if (i > 0 && m[i - 1][j] > m[i][j]) return 2;
            if (j > 0 && m[i][j - 1] > m[i][j]) return 2;
        }
    if (!(cin >> q) || q < 1 || q > 300) return 2;
    vector<long long> all;
    all.reserve((size_t)n * n);
    for (auto &row : m) all.insert(all.end(), row.begin(), row.end());
    sort(all.begin(), all.end());
    string out;
    for (int i = 0; i < q; i++) {
        long long k;
        if (!(cin >> k) || k < 1 || k > (long long)n * n) return 2;
        if (i) out += ' ';
        out += to_string(all[k - 1]);
    }
    printf("%s\n", out.c_str());
    return 0;
}
