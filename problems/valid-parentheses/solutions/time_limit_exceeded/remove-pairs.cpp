// TOO SLOW: finds the first adjacent matching pair, erases it, and starts over; O(n^2) on deeply
// nested strings. Correct answers.
#include <bits/stdc++.h>
using namespace std;

static bool pairs(char a, char b)
{
    return (a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}');
}

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
        bool changed = true;
        while (changed && !s.empty()) {
            changed = false;
            for (size_t i = 0; i + 1 < s.size(); i++)
                if (pairs(s[i], s[i + 1])) {
                    s.erase(i, 2);
                    changed = true;
                    break;
                }
        }
        cout << (s.empty() ? "YES" : "NO") << '\n';
    }
    return 0;
}
