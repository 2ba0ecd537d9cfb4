// Reference for window-maximum: monotonic deque of indices. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k) || n < 1 || n > 200000 || k < 1 || k > n)
        return 2;
    vector<long long> a(n);
    for (auto &x : a) {
        cin >> x;
        if (llabs(x) > 1000000000LL)
            return 2;
    }
    deque<int> dq;
    string out;
    for (int i = 0; i < n; i++) {
        while (!dq.empty() && a[dq.back()] <= a[i])
            dq.pop_back();
        dq.push_back(i);
        if (dq.front() <= i - k)
            dq.pop_front();
        if (i >= k - 1) {
            out += to_string(a[dq.front()]);
            out += i == n - 1 ? '\n' : ' ';
        }
    }
    cout << out;
    return 0;
}
