// Backtracking row by row with vectors marking the attacked columns, r - c diagonals and
// r + c anti-diagonals.
impl Solution {
    pub fn total_n_queens(n: i32) -> i32 {
        fn place(row: usize, n: usize, cols: &mut [bool], diagonals: &mut [bool],
                 anti_diagonals: &mut [bool]) -> i32 {
            if row == n {
                return 1;
            }
            let mut count = 0;
            for col in 0..n {
                let (d, a) = (row + n - col, row + col);
                if cols[col] || diagonals[d] || anti_diagonals[a] {
                    continue;
                }
                cols[col] = true;
                diagonals[d] = true;
                anti_diagonals[a] = true;
                count += place(row + 1, n, cols, diagonals, anti_diagonals);
                cols[col] = false;
                diagonals[d] = false;
                anti_diagonals[a] = false;
            }
            count
        }
        let n = n as usize;
        place(0, n, &mut vec![false; n], &mut vec![false; 2 * n], &mut vec![false; 2 * n])
    }
}
