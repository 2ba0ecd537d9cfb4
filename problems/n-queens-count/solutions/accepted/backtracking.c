/* Backtracking row by row with arrays marking the attacked columns, r - c diagonals and
 * r + c anti-diagonals. */
static int place_queens(int row, int n, bool *cols, bool *diagonals, bool *anti_diagonals) {
    if (row == n) return 1;
    int count = 0;
    for (int col = 0; col < n; col++) {
        if (cols[col] || diagonals[row - col + n] || anti_diagonals[row + col]) continue;
        cols[col] = diagonals[row - col + n] = anti_diagonals[row + col] = true;
        count += place_queens(row + 1, n, cols, diagonals, anti_diagonals);
        cols[col] = diagonals[row - col + n] = anti_diagonals[row + col] = false;
    }
    return count;
}

int total_n_queens(int n) {
    bool cols[32] = {false}, diagonals[64] = {false}, anti_diagonals[64] = {false};
    return place_queens(0, n, cols, diagonals, anti_diagonals);
}
