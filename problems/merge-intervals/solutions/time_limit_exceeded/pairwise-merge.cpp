// TOO SLOW: repeatedly looks for any two overlapping intervals and merges them, then sorts
// what is left; O(n^2) pair checks even when nothing overlaps. Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<pair<int, int>> v(n);
    for (auto &[l, r] : v)
        cin >> l >> r;
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < v.size(); i++)
            for (size_t j = i + 1; j < v.size(); j++)
                if (v[j].first <= v[i].second && v[i].first <= v[j].second) {
                    v[i] = {min(v[i].first, v[j].first), max(v[i].second, v[j].second)};
                    v[j] = v.back();
                    v.pop_back();
                    changed = true;
                    j = i; // rescan partners of the grown interval
                }
    }
    sort(v.begin(), v.end());
    cout << v.size() << '\n';
    for (auto [l, r] : v)
        cout << l << ' ' << r << '\n';
    return 0;
}
