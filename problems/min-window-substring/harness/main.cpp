// min-window-substring harness (C++): reads the test, calls Solution().minWindow() from the
// user's solution.cpp and prints the returned length. <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    if (!(cin >> s >> t)) return 1;
    Solution sol;
    int answer = sol.minWindow(s, t); // judge-signature: class Solution { public: int minWindow(string s, string t); }
    cout << answer << "\n";
    return 0;
}
