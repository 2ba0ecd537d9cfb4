// A stack of indices; its bottom is the last unmatched ')' (or -1): after a ')' matches, the
// valid run ending at it starts just past the new top.
impl Solution {
    pub fn longest_valid(s: String) -> i32 {
        let mut stack: Vec<i64> = vec![-1];
        let mut best = 0i64;
        for (i, b) in s.bytes().enumerate() {
            let i = i as i64;
            if b == b'(' {
                stack.push(i);
            } else {
                stack.pop();
                match stack.last() {
                    Some(&top) => best = best.max(i - top),
                    None => stack.push(i),
                }
            }
        }
        best as i32
    }
}
