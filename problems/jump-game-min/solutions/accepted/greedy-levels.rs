// Breadth-first search by levels in one pass: [i .. end] are reachable with `jumps` jumps,
// `far` is the farthest index one more jump reaches. O(n).
impl Solution {
    pub fn min_jumps(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return 0;
        }
        let (mut jumps, mut end, mut far) = (0, 0usize, 0usize);
        for i in 0..n {
            far = far.max(i + nums[i] as usize);
            if i == end {
                if far <= i {
                    return -1;
                }
                jumps += 1;
                end = far;
                if end >= n - 1 {
                    return jumps;
                }
            }
        }
        -1
    }
}
