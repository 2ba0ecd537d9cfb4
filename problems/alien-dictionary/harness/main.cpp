// alien-dictionary harness (C++): reads the test, calls Solution().alienOrder() from the
// user's solution.cpp and prints the returned string. <bits/stdc++.h> and "using namespace
// std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<string> words(n);
    for (auto &w : words)
        if (!(cin >> w)) return 1;
    Solution sol;
    string answer = sol.alienOrder(words); // judge-signature: class Solution { public: string alienOrder(vector<string>& words); }
    cout << answer << "\n";
    return 0;
}
