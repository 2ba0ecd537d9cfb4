// Backtracking row by row with arrays marking the attacked columns, r - c diagonals and
// r + c anti-diagonals.
var totalNQueens = function(n) {
    const cols = new Array(n).fill(false);
    const diagonals = new Array(2 * n).fill(false);
    const antiDiagonals = new Array(2 * n).fill(false);
    const place = (row) => {
        if (row === n) return 1;
        let count = 0;
        for (let col = 0; col < n; col++) {
            if (cols[col] || diagonals[row - col + n] || antiDiagonals[row + col]) continue;
            cols[col] = diagonals[row - col + n] = antiDiagonals[row + col] = true;
            count += place(row + 1);
            cols[col] = diagonals[row - col + n] = antiDiagonals[row + col] = false;
        }
        return count;
    };
    return place(0);
};
