// word-search harness (C++): reads the test, calls Solution().exist() from the user's
// solution.cpp once per word, each time on a fresh copy of the grid, and prints "true" or
// "false" for each. <bits/stdc++.h> and "using namespace std" are in effect before the
// user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int rows, cols, k;
    if (!(cin >> rows >> cols) || rows < 1 || cols < 1) return 1;
    vector<vector<char>> grid(rows);
    for (auto &row : grid) {
        string line;
        if (!(cin >> line) || (int)line.size() != cols) return 1;
        row.assign(line.begin(), line.end());
    }
    if (!(cin >> k) || k < 0) return 1;
    for (int w = 0; w < k; w++) {
        string word;
        if (!(cin >> word)) return 1;
        vector<vector<char>> board = grid;
        Solution sol;
        bool found = sol.exist(board, word); // judge-signature: class Solution { public: bool exist(vector<vector<char>>& board, string word); }
        cout << (found ? "true" : "false") << "\n";
    }
    return 0;
}
