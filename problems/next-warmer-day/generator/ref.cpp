// Reference for next-warmer-day: monotonic stack of days still waiting. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1 || n > 200000)
        return 2;
    vector<long long> t(n);
    for (auto &x : t) {
        cin >> x;
        if (llabs(x) > 1000000000LL)
            return 2;
    }
    vector<int> ans(n, 0), st;
    for (int i = 0; i < n; i++) {
        while (!st.empty() && t[st.back()] < t[i]) {
            ans[st.back()] = i - st.back();
            st.pop_back();
        }
        st.push_back(i);
    }
    string out;
    for (int i = 0; i < n; i++) {
        out += to_string(ans[i]);
        out += i == n - 1 ? '\n' : ' ';
    }
    cout << out;
    return 0;
}
