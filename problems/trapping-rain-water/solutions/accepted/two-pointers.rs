// Two pointers from both ends with an i64 total: the answer needs 64 bits.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i64 {
        let (mut l, mut r) = (0usize, height.len() - 1);
        let (mut left_max, mut right_max, mut water) = (0i64, 0i64, 0i64);
        while l < r {
            if height[l] < height[r] {
                left_max = left_max.max(height[l] as i64);
                water += left_max - height[l] as i64;
                l += 1;
            } else {
                right_max = right_max.max(height[r] as i64);
                water += right_max - height[r] as i64;
                r -= 1;
            }
        }
        water
    }
}
