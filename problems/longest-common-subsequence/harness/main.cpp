// longest-common-subsequence harness (C++): reads the test, calls
// Solution().longestCommonSubsequence() from the user's solution.cpp and prints the returned
// length. <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text1, text2;
    if (!(cin >> text1 >> text2)) return 1;
    Solution sol;
    int answer = sol.longestCommonSubsequence(text1, text2); // judge-signature: class Solution { public: int longestCommonSubsequence(string text1, string text2); }
    cout << answer << "\n";
    return 0;
}
