// TOO SLOW: appends each value and re-sorts everything seen so far, O(n^2 log n). Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<int> all;
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        all.push_back(x);
        sort(all.begin(), all.end(), greater<int>());
        cout << ((int)all.size() >= k ? all[k - 1] : -1) << '\n';
    }
    return 0;
}
