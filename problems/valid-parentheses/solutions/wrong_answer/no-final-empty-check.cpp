// WRONG: never checks that the stack is empty at the end, so unclosed brackets like "((" pass.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    while (t--) {
        int len;
        cin >> len;
        string s;
        if (len > 0)
            cin >> s;
        stack<char> st;
        bool ok = true;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                st.push(c);
            } else {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (st.empty() || st.top() != want) {
                    ok = false;
                    break;
                }
                st.pop();
            }
        }
        cout << (ok ? "YES" : "NO") << '\n';
    }
    return 0;
}
