// Prefix sums and a HashMap of how often each has occurred so far (the empty prefix, 0, once
// at the start). The count is an i64: it can pass 2^32. O(n) expected.
use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i64 {
        let mut seen: HashMap<i64, i64> = HashMap::with_capacity(nums.len() + 1);
        seen.insert(0, 1);
        let (mut prefix, mut count) = (0i64, 0i64);
        for &x in &nums {
            prefix += x as i64;
            count += seen.get(&(prefix - k as i64)).copied().unwrap_or(0);
            *seen.entry(prefix).or_insert(0) += 1;
        }
        count
    }
}
