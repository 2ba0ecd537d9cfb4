// Reference for unique-paths-obstacles: validates the input, then counts the paths row by row
// (ways[j] = paths to the cell of the current row in column j, modulo 1e9+7). O(r * c).
#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007;
    int rows, cols;
    if (!(cin >> rows >> cols) || rows < 1 || rows > 1000 || cols < 1 || cols > 1000) return 2;
    vector<string> grid(rows);
    for (auto& row : grid) {
        if (!(cin >> row) || (int)row.size() != cols) return 2;
        for (char ch : row)
            if (ch != '.' && ch != '#') return 2;
    }
    string extra;
    if (cin >> extra) return 2;
    vector<long long> ways(cols, 0);
    ways[0] = 1;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            if (grid[i][j] == '#')
                ways[j] = 0;
            else if (j > 0)
                ways[j] = (ways[j] + ways[j - 1]) % MOD;
        }
    printf("%lld\n", ways[cols - 1]);
    return 0;
}
