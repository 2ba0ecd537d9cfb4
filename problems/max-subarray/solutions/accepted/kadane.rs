// Kadane's algorithm with an i64 running sum: the answer needs 64 bits.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i64 {
        let mut best = nums[0] as i64;
        let mut ending_here = nums[0] as i64;
        for &x in &nums[1..] {
            ending_here = if ending_here > 0 { ending_here + x as i64 } else { x as i64 };
            best = best.max(ending_here);
        }
        best
    }
}
