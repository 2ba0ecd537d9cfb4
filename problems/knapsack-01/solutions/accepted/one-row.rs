// One row of the DP over capacities: best[c] = the largest value of a subset of the items
// seen so far weighing at most c; each item added with c going down, so it is used at most
// once. O(n * W) time, O(W) memory.
impl Solution {
    pub fn max_value(weights: Vec<i32>, values: Vec<i32>, capacity: i32) -> i64 {
        let cap = capacity as usize;
        let mut best = vec![0i64; cap + 1];
        for (&w, &v) in weights.iter().zip(values.iter()) {
            let w = w as usize;
            if w > cap {
                continue;
            }
            for c in (w..=cap).rev() {
                best[c] = best[c].max(best[c - w] + v as i64);
            }
        }
        best[cap]
    }
}
