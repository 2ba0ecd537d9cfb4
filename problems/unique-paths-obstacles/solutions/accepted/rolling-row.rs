// One row of counts, updated in place: ways[j] = paths to column j of the current row, the
// old value (from above) plus ways[j - 1] (from the left), modulo 1e9+7. O(rows * cols).
impl Solution {
    pub fn count_paths(grid: Vec<String>) -> i32 {
        const MOD: i64 = 1_000_000_007;
        let cols = grid[0].len();
        let mut ways = vec![0i64; cols];
        ways[0] = 1;
        for row in &grid {
            for (j, &cell) in row.as_bytes().iter().enumerate() {
                if cell == b'#' {
                    ways[j] = 0;
                } else if j > 0 {
                    ways[j] = (ways[j] + ways[j - 1]) % MOD;
                }
            }
        }
        ways[cols - 1] as i32
    }
}
