// HashMap from value to index, looking up the complement before inserting: O(n) expected.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i64, i32> = HashMap::new();
        for (j, &x) in nums.iter().enumerate() {
            if let Some(&i) = seen.get(&(target as i64 - x as i64)) {
                return vec![i, j as i32];
            }
            seen.insert(x as i64, j as i32);
        }
        vec![]
    }
}
