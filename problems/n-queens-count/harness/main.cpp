// n-queens-count harness (C++): reads the test, calls Solution().totalNQueens() from the
// user's solution.cpp and prints the returned count. <bits/stdc++.h> and "using namespace
// std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    int n;
    if (!(cin >> n) || n < 1) return 1;
    Solution sol;
    int answer = sol.totalNQueens(n); // judge-signature: class Solution { public: int totalNQueens(int n); }
    cout << answer << "\n";
    return 0;
}
