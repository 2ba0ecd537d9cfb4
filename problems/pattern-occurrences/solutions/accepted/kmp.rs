// The prefix function (KMP): on a mismatch, and after a full match, the match falls back
// along the pattern's borders, so overlapping occurrences count. O(|text| + |pattern|).
impl Solution {
    pub fn count_occurrences(text: String, pattern: String) -> i32 {
        let (t, p) = (text.as_bytes(), pattern.as_bytes());
        let m = p.len();
        let mut fail = vec![0usize; m];
        let mut k = 0usize;
        for i in 1..m {
            while k > 0 && p[k] != p[i] {
                k = fail[k - 1];
            }
            if p[k] == p[i] {
                k += 1;
            }
            fail[i] = k;
        }
        let (mut count, mut k) = (0i32, 0usize);
        for &c in t {
            while k > 0 && p[k] != c {
                k = fail[k - 1];
            }
            if p[k] == c {
                k += 1;
                if k == m {
                    count += 1;
                    k = fail[k - 1];
                }
            }
        }
        count
    }
}
