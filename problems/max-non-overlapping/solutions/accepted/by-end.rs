// Greedy by end: take the interval that ends first, skip those starting before its end.
impl Solution {
    pub fn max_non_overlapping(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable_by_key(|m| m[1]);
        let mut count = 0;
        let mut last = i64::MIN;
        for m in &intervals {
            if m[0] as i64 >= last {
                count += 1;
                last = m[1] as i64;
            }
        }
        count
    }
}
