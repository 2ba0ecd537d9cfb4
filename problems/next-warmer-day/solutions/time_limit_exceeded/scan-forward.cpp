// TOO SLOW: for every day scans forward until a warmer day, O(n^2) when none comes (e.g. a
// falling series). Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> t(n);
    for (auto &x : t)
        cin >> x;
    for (int i = 0; i < n; i++) {
        int d = 0;
        for (int j = i + 1; j < n; j++)
            if (t[j] > t[i]) {
                d = j - i;
                break;
            }
        cout << d << (i == n - 1 ? '\n' : ' ');
    }
    return 0;
}
