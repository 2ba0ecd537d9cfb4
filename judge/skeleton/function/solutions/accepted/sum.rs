// Accepted: the sum in 64 bits.
impl Solution {
    pub fn sum_array(nums: Vec<i32>) -> i64 {
        nums.iter().map(|&x| x as i64).sum()
    }
}
