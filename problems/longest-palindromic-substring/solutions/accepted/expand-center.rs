// Expand around every centre: a letter (odd lengths) or the gap between two letters (even
// lengths). O(n^2) in the worst case.
impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        let a = s.as_bytes();
        let n = a.len() as i64;
        let mut best = 0i64;
        for c in 0..n {
            for w in 0..2 {
                let (mut lo, mut hi) = (c, c + w);
                while lo >= 0 && hi < n && a[lo as usize] == a[hi as usize] {
                    lo -= 1;
                    hi += 1;
                }
                best = best.max(hi - lo - 1);
            }
        }
        best as i32
    }
}
