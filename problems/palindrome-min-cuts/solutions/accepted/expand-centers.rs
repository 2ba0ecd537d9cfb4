// cut[k]: the fewest cuts of the first k letters. Each palindrome s[i..j], found by growing it
// around its centre (O(n^2) in all), gives cut[j + 1] <= cut[i] + 1.
impl Solution {
    pub fn min_cut(s: String) -> i32 {
        let s = s.as_bytes();
        let n = s.len() as i64;
        let mut cut: Vec<i32> = (0..=n).map(|k| k as i32 - 1).collect();
        for mid in 0..n {
            for odd in 0..2 {
                let (mut i, mut j) = (mid - odd, mid);
                while i >= 0 && j < n && s[i as usize] == s[j as usize] {
                    let c = cut[i as usize] + 1;
                    if c < cut[(j + 1) as usize] {
                        cut[(j + 1) as usize] = c;
                    }
                    i -= 1;
                    j += 1;
                }
            }
        }
        cut[n as usize]
    }
}
