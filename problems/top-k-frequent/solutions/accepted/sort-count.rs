use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, i32> = HashMap::new();
        for x in nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut pairs: Vec<(i32, i32)> = count.into_iter().map(|(v, c)| (-c, v)).collect();
        pairs.sort_unstable();
        pairs.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
