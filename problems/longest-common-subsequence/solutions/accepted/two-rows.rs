// The O(n * m) table of LCS lengths of prefixes, two rows kept.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut prev = vec![0i32; b.len() + 1];
        let mut cur = vec![0i32; b.len() + 1];
        for &ch in a {
            for j in 0..b.len() {
                cur[j + 1] = if ch == b[j] { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[b.len()]
    }
}
