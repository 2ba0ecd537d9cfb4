// Backtracking with bitmasks: columns and the two diagonals' shadows on the next row.
class Solution {
    int full;

    int solve(int cols, int left, int right) {
        if (cols == full) return 1;
        int count = 0;
        for (int free = full & ~(cols | left | right); free; free &= free - 1) {
            int bit = free & -free;
            count += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1);
        }
        return count;
    }

public:
    int totalNQueens(int n) {
        full = (1 << n) - 1;
        return solve(0, 0, 0);
    }
};
