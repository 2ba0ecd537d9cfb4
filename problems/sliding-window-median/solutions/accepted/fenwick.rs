impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let n = nums.len();
        let k = k as usize;
        let mut s = nums.clone();
        s.sort_unstable();
        s.dedup();
        let m = s.len();
        let id: Vec<usize> = nums.iter().map(|x| s.binary_search(x).unwrap() + 1).collect();
        let mut bit = vec![0i32; m + 1];
        let mut lg = 1;
        while (1usize << lg) <= m {
            lg += 1;
        }
        let mut res = Vec::with_capacity(n - k + 1);
        for i in 0..n {
            let mut p = id[i];
            while p <= m {
                bit[p] += 1;
                p += p & p.wrapping_neg();
            }
            if i >= k {
                let mut p = id[i - k];
                while p <= m {
                    bit[p] -= 1;
                    p += p & p.wrapping_neg();
                }
            }
            if i + 1 >= k {
                let mut r = ((k - 1) / 2 + 1) as i32;
                let mut pos = 0usize;
                for b in (0..=lg).rev() {
                    let nx = pos + (1usize << b);
                    if nx <= m && bit[nx] < r {
                        pos = nx;
                        r -= bit[nx];
                    }
                }
                res.push(s[pos]);
            }
        }
        res
    }
}
