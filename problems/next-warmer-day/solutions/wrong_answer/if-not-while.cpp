// WRONG: pops at most one waiting day per new day ("if" instead of "while"), so colder days
// deeper in the stack never get their answer.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> t(n), ans(n, 0), st;
    for (auto &x : t)
        cin >> x;
    for (int i = 0; i < n; i++) {
        if (!st.empty() && t[st.back()] < t[i]) {
            ans[st.back()] = i - st.back();
            st.pop_back();
        }
        st.push_back(i);
    }
    for (int i = 0; i < n; i++)
        cout << ans[i] << (i == n - 1 ? '\n' : ' ');
    return 0;
}
