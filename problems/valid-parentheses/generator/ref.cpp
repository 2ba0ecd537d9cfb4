// Reference for valid-parentheses: a stack of expected closing brackets. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    if (!(cin >> t) || t < 1 || t > 100000)
        return 2;
    long long total = 0;
    string out;
    for (int c = 0; c < t; c++) {
        int len;
        cin >> len;
        string s;
        if (len > 0)
            cin >> s;
        if ((int)s.size() != len)
            return 2;
        total += len;
        vector<char> st;
        bool ok = true;
        for (char ch : s) {
            if (ch == '(' || ch == '[' || ch == '{') {
                st.push_back(ch == '(' ? ')' : ch == '[' ? ']' : '}');
            } else if (ch == ')' || ch == ']' || ch == '}') {
                if (st.empty() || st.back() != ch) {
                    ok = false;
                    break;
                }
                st.pop_back();
            } else {
                return 2;
            }
        }
        out += (ok && st.empty()) ? "YES\n" : "NO\n";
    }
    if (total > 500000)
        return 2;
    cout << out;
    return 0;
}
