// rotting-oranges harness (C++): reads the test, calls Solution().orangesRotting() from the
// user's solution.cpp and prints the returned number of minutes. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols;
    if (!(cin >> rows >> cols) || rows < 1 || cols < 1) return 1;
    vector<vector<int>> grid(rows, vector<int>(cols));
    string line;
    for (auto &row : grid) {
        if (!(cin >> line) || (int)line.size() != cols) return 1;
        for (int j = 0; j < cols; j++)
            row[j] = line[j] - '0';
    }
    Solution sol;
    int answer = sol.orangesRotting(grid); // judge-signature: class Solution { public: int orangesRotting(vector<vector<int>>& grid); }
    cout << answer << "\n";
    return 0;
}
