// Sort by left end; extend the current block while the next interval starts inside it.
// O(n log n).
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<pair<int, int>> v(n);
    for (auto &[l, r] : v)
        cin >> l >> r;
    sort(v.begin(), v.end());
    vector<pair<int, int>> res;
    for (auto [l, r] : v) {
        if (!res.empty() && l <= res.back().second)
            res.back().second = max(res.back().second, r);
        else
            res.push_back({l, r});
    }
    cout << res.size() << '\n';
    for (auto [l, r] : res)
        cout << l << ' ' << r << '\n';
    return 0;
}
