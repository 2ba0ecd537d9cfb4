// WRONG: starts the answer at "minus infinity" and never floors it at 0, so a falling series
// (or a single day) prints a negative number instead of 0.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<long long> p(n);
    for (auto &x : p)
        cin >> x;
    long long best = LLONG_MIN, mn = p[0];
    for (int j = 1; j < n; j++) {
        best = max(best, p[j] - mn);
        mn = min(mn, p[j]);
    }
    cout << best << '\n';
    return 0;
}
