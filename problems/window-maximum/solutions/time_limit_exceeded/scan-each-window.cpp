// TOO SLOW: scans every window for its maximum, O(n*k) — 10^10 steps for k = n/2. Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    for (auto &x : a)
        cin >> x;
    for (int i = 0; i + k <= n; i++) {
        int m = a[i];
        for (int j = i + 1; j < i + k; j++)
            m = max(m, a[j]);
        cout << m << (i + k == n ? '\n' : ' ');
    }
    return 0;
}
