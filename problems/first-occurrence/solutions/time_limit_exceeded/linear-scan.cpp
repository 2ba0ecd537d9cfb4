// TOO SLOW: scans the array from the left for every query, O(n*q). Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<int> a(n);
    for (auto &x : a)
        cin >> x;
    while (q--) {
        int x, ans = -1;
        cin >> x;
        for (int i = 0; i < n; i++)
            if (a[i] == x) {
                ans = i;
                break;
            }
        cout << ans << '\n';
    }
    return 0;
}
