// One sieve up to the largest query and prefix counts: below[n] = the number of primes < n.
impl Solution {
    pub fn count_primes(queries: Vec<i32>) -> Vec<i32> {
        let top = queries.iter().copied().max().unwrap_or(0) as usize;
        let mut composite = vec![false; top + 1];
        let mut i = 2;
        while i * i < top {
            if !composite[i] {
                let mut j = i * i;
                while j < top {
                    composite[j] = true;
                    j += i;
                }
            }
            i += 1;
        }
        let mut below = vec![0i32; top + 1];
        for n in 3..=top {
            below[n] = below[n - 1] + if composite[n - 1] { 0 } else { 1 };
        }
        queries.iter().map(|&n| below[n as usize]).collect()
    }
}
