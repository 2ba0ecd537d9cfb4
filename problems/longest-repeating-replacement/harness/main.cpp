// longest-repeating-replacement harness (C++): reads the test, calls
// Solution().characterReplacement() from the user's solution.cpp and prints the returned
// length. <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    int k;
    if (!(cin >> s >> k)) return 1;
    Solution sol;
    int answer = sol.characterReplacement(s, k); // judge-signature: class Solution { public: int characterReplacement(string s, int k); }
    cout << answer << '\n';
    return 0;
}
