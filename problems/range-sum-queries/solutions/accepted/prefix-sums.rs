// Prefix sums in i64: the sum of [l, r] is prefix[r + 1] - prefix[l]. O(n + q).
impl Solution {
    pub fn range_sums(nums: Vec<i32>, queries: Vec<Vec<i32>>) -> Vec<i64> {
        let mut prefix = vec![0i64; nums.len() + 1];
        for (i, &x) in nums.iter().enumerate() {
            prefix[i + 1] = prefix[i] + x as i64;
        }
        queries
            .iter()
            .map(|query| prefix[query[1] as usize + 1] - prefix[query[0] as usize])
            .collect()
    }
}
