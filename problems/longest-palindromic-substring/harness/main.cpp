// longest-palindromic-substring harness (C++): reads the test, calls
// Solution().longestPalindrome() from the user's solution.cpp and prints the returned
// length. <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    if (!(cin >> s)) return 1;
    Solution sol;
    int answer = sol.longestPalindrome(s); // judge-signature: class Solution { public: int longestPalindrome(string s); }
    cout << answer << "\n";
    return 0;
}
