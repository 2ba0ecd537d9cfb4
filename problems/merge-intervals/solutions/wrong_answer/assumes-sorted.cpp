// WRONG: assumes the intervals arrive sorted by left end and never sorts them.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<pair<int, int>> v(n), res;
    for (auto &[l, r] : v)
        cin >> l >> r;
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
