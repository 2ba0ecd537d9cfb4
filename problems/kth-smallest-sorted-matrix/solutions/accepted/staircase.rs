impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let n = matrix.len();
        let count_at_most = |x: i64| -> i64 {
            let mut c = 0i64;
            let mut j = n as i64 - 1;
            for row in &matrix {
                while j >= 0 && row[j as usize] as i64 > x {
                    j -= 1;
                }
                c += j + 1;
            }
            c
        };
        queries
            .iter()
            .map(|&k| {
                let (mut lo, mut hi) = (matrix[0][0] as i64, matrix[n - 1][n - 1] as i64);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if count_at_most(mid) >= k as i64 {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                lo as i32
            })
            .collect()
    }
}
