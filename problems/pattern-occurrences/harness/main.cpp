// pattern-occurrences harness (C++): reads the test, calls Solution().countOccurrences()
// from the user's solution.cpp and prints the returned count. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text, pattern;
    if (!(cin >> text >> pattern)) return 1;
    Solution sol;
    int answer = sol.countOccurrences(text, pattern); // judge-signature: class Solution { public: int countOccurrences(string text, string pattern); }
    cout << answer << "\n";
    return 0;
}
