// Reference for word-search: for each word, depth-first search from every cell, marking the
// cells of the current path and unmarking them on the way back. Validates the input.
#include <bits/stdc++.h>
using namespace std;

static int rows, cols;
static vector<string> grid;
static bool used[8][8];

static bool dfs(const string &word, size_t i, int r, int c) {
    if (r < 0 || r >= rows || c < 0 || c >= cols || used[r][c] || grid[r][c] != word[i])
        return false;
    if (i + 1 == word.size()) return true;
    used[r][c] = true;
    bool found = dfs(word, i + 1, r + 1, c) || dfs(word, i + 1, r - 1, c) ||
                 dfs(word, i + 1, r, c + 1) || dfs(word, i + 1, r, c - 1);
    used[r][c] = false;
    return found;
}

static bool lowercase(const string &s) {
    for (char ch : s)
        if (ch < 'a' || ch > 'z') return false;
    return true;
}

int main() {
    if (!(cin >> rows >> cols) || rows < 1 || rows > 8 || cols < 1 || cols > 8) return 2;
    grid.resize(rows);
    for (auto &row : grid)
        if (!(cin >> row) || (int)row.size() != cols || !lowercase(row)) return 2;
    int k;
    if (!(cin >> k) || k < 1 || k > 100) return 2;
    for (int w = 0; w < k; w++) {
        string word;
        if (!(cin >> word) || word.empty() || word.size() > 12 || !lowercase(word)) return 2;
        bool found = false;
        for (int r = 0; r < rows && !found; r++)
            for (int c = 0; c < cols && !found; c++)
                found = dfs(word, 0, r, c);
        puts(found ? "true" : "false");
    }
    string extra;
    if (cin >> extra) return 2;
    return 0;
}
