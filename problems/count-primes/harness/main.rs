// count-primes harness (Rust): reads the test, calls Solution::count_primes() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn count_primes(...) }`; the harness
// declares `struct Solution`) and prints the returned counts, one per line.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let q = it.next().unwrap() as usize;
    let queries: Vec<i32> = (0..q).map(|_| it.next().unwrap() as i32).collect();
    let res: Vec<i32> = Solution::count_primes(queries); // judge-signature: impl Solution { pub fn count_primes(queries: Vec<i32>) -> Vec<i32> }
    if res.len() != q {
        eprintln!("harness: count_primes must return {} counts (got {})", q, res.len());
        println!("invalid");
        return;
    }
    use std::fmt::Write;
    let mut out = String::with_capacity(q * 8);
    for x in &res {
        writeln!(out, "{}", x).unwrap();
    }
    print!("{}", out);
}
