impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let k = k as usize;
        let mut count = [0usize; 26];
        let mut best_count = 0usize;
        let mut left = 0usize;
        for right in 0..s.len() {
            let c = (s[right] - b'A') as usize;
            count[c] += 1;
            if count[c] > best_count {
                best_count = count[c];
            }
            if right - left + 1 - best_count > k {
                count[(s[left] - b'A') as usize] -= 1;
                left += 1;
            }
        }
        (s.len() - left) as i32
    }
}
