impl Solution {
    pub fn min_window(s: String, t: String) -> i32 {
        let s = s.as_bytes();
        let mut need = [0i32; 26];
        for &c in t.as_bytes() {
            need[(c - b'a') as usize] += 1;
        }
        let mut missing = t.len();
        let mut best = 0usize;
        let mut left = 0usize;
        for right in 0..s.len() {
            let c = (s[right] - b'a') as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                let len = right - left + 1;
                if best == 0 || len < best {
                    best = len;
                }
                let l = (s[left] - b'a') as usize;
                need[l] += 1;
                if need[l] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        best as i32
    }
}
