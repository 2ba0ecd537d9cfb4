// Reference for merge-intervals: sort by left end, sweep. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1 || n > 100000)
        return 2;
    vector<pair<long long, long long>> v(n);
    for (auto &[l, r] : v) {
        cin >> l >> r;
        if (l < 0 || l > r || r > 1000000000LL)
            return 2;
    }
    sort(v.begin(), v.end());
    vector<pair<long long, long long>> res;
    for (auto [l, r] : v) {
        if (!res.empty() && l <= res.back().second)
            res.back().second = max(res.back().second, r);
        else
            res.push_back({l, r});
    }
    string out = to_string(res.size()) + "\n";
    for (auto [l, r] : res)
        out += to_string(l) + " " + to_string(r) + "\n";
    cout << out;
    return 0;
}
