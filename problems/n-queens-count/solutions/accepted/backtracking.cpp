// Backtracking row by row with vectors marking the attacked columns, r - c diagonals and
// r + c anti-diagonals.
class Solution {
    int n;
    vector<bool> cols, diagonals, antiDiagonals;

    int place(int row) {
        if (row == n) return 1;
        int count = 0;
        for (int col = 0; col < n; col++) {
            if (cols[col] || diagonals[row - col + n] || antiDiagonals[row + col]) continue;
            cols[col] = diagonals[row - col + n] = antiDiagonals[row + col] = true;
            count += place(row + 1);
            cols[col] = diagonals[row - col + n] = antiDiagonals[row + col] = false;
        }
        return count;
    }

public:
    int totalNQueens(int n) {
        this->n = n;
        cols.assign(n, false);
        diagonals.assign(2 * n, false);
        antiDiagonals.assign(2 * n, false);
        return place(0);
    }
};
