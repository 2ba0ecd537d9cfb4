// Reference for pair-count: sort, two pointers. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    long long k;
    if (!(cin >> n >> k) || n < 1 || n > 200000 || llabs(k) > 2000000000LL)
        return 2;
    vector<long long> a(n);
    for (auto &x : a) {
        cin >> x;
        if (llabs(x) > 1000000000LL)
            return 2;
    }
    sort(a.begin(), a.end());
    long long cnt = 0;
    int r = n - 1;
    for (int l = 0; l < n; l++) {
        while (r > l && a[l] + a[r] > k)
            r--;
        if (r <= l)
            break;
        cnt += r - l;
    }
    cout << cnt << '\n';
    return 0;
}
