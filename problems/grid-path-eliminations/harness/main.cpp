// grid-path-eliminations harness (C++): reads the test, calls Solution().shortestPath() from the
// user's solution.cpp and prints the returned number of steps. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, k;
    if (!(cin >> rows >> cols >> k) || rows < 1 || cols < 1) return 1;
    vector<vector<int>> grid(rows, vector<int>(cols));
    string line;
    for (auto &row : grid) {
        if (!(cin >> line) || (int)line.size() != cols) return 1;
        for (int j = 0; j < cols; j++)
            row[j] = line[j] - '0';
    }
    Solution sol;
    int answer = sol.shortestPath(grid, k); // judge-signature: class Solution { public: int shortestPath(vector<vector<int>>& grid, int k); }
    cout << answer << "\n";
    return 0;
}
