// Monotonic stack of indices with rising heights; a height-0 bar at the end flushes it. i64
// areas: the answer needs 64 bits.
impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i64 {
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::with_capacity(n);
        let mut best = 0i64;
        for i in 0..=n {
            let h = if i < n { heights[i] } else { 0 };
            while let Some(&top) = stack.last() {
                if heights[top] < h {
                    break;
                }
                stack.pop();
                let left = stack.last().map_or(-1, |&l| l as i64);
                best = best.max(heights[top] as i64 * (i as i64 - left - 1));
            }
            stack.push(i);
        }
        best
    }
}
