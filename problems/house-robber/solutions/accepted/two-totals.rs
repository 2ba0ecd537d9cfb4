// Two running totals in i64: the answer needs 64 bits.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i64 {
        let (mut before, mut best) = (0i64, 0i64);
        for &x in &nums {
            let next = best.max(before + x as i64);
            before = best;
            best = next;
        }
        best
    }
}
