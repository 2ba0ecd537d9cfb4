// Sort; for each i, upper_bound finds how many later elements are <= k - a[i]. O(n log n).
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
    long long cnt = 0;
    for (int i = 0; i < n; i++)
        cnt += upper_bound(a.begin() + i + 1, a.end(), k - a[i]) - (a.begin() + i + 1);
    cout << cnt << '\n';
    return 0;
}
