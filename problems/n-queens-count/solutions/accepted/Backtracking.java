// Backtracking row by row with arrays marking the attacked columns, r - c diagonals and
// r + c anti-diagonals.
class Solution {
    private int n;
    private boolean[] cols, diagonals, antiDiagonals;

    public int totalNQueens(int n) {
        this.n = n;
        cols = new boolean[n];
        diagonals = new boolean[2 * n];
        antiDiagonals = new boolean[2 * n];
        return place(0);
    }

    private int place(int row) {
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
}
