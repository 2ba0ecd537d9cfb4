// unique-paths-obstacles harness (C++): reads the test, calls Solution().countPaths() from
// the user's solution.cpp and prints the returned number of paths. <bits/stdc++.h> and
// "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols) || rows < 1 || cols < 1) return 1;
    vector<string> grid(rows);
    for (string &row : grid)
        if (!(cin >> row) || (int)row.size() != cols) return 1;
    Solution sol;
    int answer = sol.countPaths(grid); // judge-signature: class Solution { public: int countPaths(vector<string>& grid); }
    cout << answer << "\n";
    return 0;
}
