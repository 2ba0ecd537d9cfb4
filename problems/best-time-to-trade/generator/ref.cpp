// Reference for best-time-to-trade: running minimum. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    if (!(cin >> n) || n < 1 || n > 200000)
        return 2;
    long long mn = LLONG_MAX, best = 0;
    for (int i = 0; i < n; i++) {
        long long p;
        cin >> p;
        if (p < 1 || p > 1000000000)
            return 2;
        best = max(best, p - mn);
        mn = min(mn, p);
    }
    cout << best << '\n';
    return 0;
}
