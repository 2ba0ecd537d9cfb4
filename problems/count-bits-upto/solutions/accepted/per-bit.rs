// Per bit b: full periods of 2^(b+1) numbers hold 2^b ones each, plus the partial period's
// ones. O(log n) per query in i64.
impl Solution {
    pub fn count_bits_upto(n: i64) -> i64 {
        let m = n + 1;
        let mut total: i64 = 0;
        let mut half: i64 = 1;
        while half <= n {
            let period = half << 1;
            total += m / period * half + (m % period - half).max(0);
            half = period;
        }
        total
    }
}
