// Reference for first-occurrence: lower_bound per query. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q) || n < 1 || n > 200000 || q < 1 || q > 200000)
        return 2;
    vector<long long> a(n);
    for (int i = 0; i < n; i++) {
        cin >> a[i];
        if (llabs(a[i]) > 1000000000LL || (i > 0 && a[i] < a[i - 1]))
            return 2;
    }
    string out;
    for (int i = 0; i < q; i++) {
        long long x;
        cin >> x;
        if (llabs(x) > 1000000000LL)
            return 2;
        auto it = lower_bound(a.begin(), a.end(), x);
        out += to_string(it != a.end() && *it == x ? (long long)(it - a.begin()) : -1LL);
        out += '\n';
    }
    cout << out;
    return 0;
}
