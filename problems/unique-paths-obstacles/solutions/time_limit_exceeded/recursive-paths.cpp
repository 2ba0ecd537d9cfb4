// TOO SLOW: follows every path, one recursive call per step: the number of calls grows with
// the number of paths, C(rows + cols - 2, rows - 1), about 10^8 already on a 16 x 16 grid.
class Solution {
    const vector<string>* g;
    int rows, cols;

    long long walk(int i, int j) {
        if (i >= rows || j >= cols || (*g)[i][j] == '#') return 0;
        if (i == rows - 1 && j == cols - 1) return 1;
        return (walk(i + 1, j) + walk(i, j + 1)) % 1000000007;
    }

public:
    int countPaths(vector<string>& grid) {
        g = &grid;
        rows = grid.size();
        cols = grid[0].size();
        return (int)walk(0, 0);
    }
};
