// WRONG: counts in a 32-bit int; up to n(n-1)/2 ~ 2e10 pairs overflow it.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    cin >> n >> k;
    vector<long long> a(n);
    for (auto &x : a)
        cin >> x;
    sort(a.begin(), a.end());
    int cnt = 0;
    int r = n - 1;
    for (int l = 0; l < r; l++) {
        while (r > l && a[l] + a[r] > k)
            r--;
        cnt += r - l;
    }
    cout << cnt << '\n';
    return 0;
}
