// palindrome-min-cuts harness (C++): reads the test, calls Solution().minCut() from the user's
// solution.cpp and prints the returned number of cuts. <bits/stdc++.h> and "using namespace
// std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    if (!(cin >> s)) return 1;
    Solution sol;
    int answer = sol.minCut(s); // judge-signature: class Solution { public: int minCut(string s); }
    cout << answer << "\n";
    return 0;
}
