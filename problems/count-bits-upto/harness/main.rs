// count-bits-upto harness (Rust): reads the test, calls Solution::count_bits_upto() from the
// user's solution.rs once per query (LeetCode's form: `impl Solution { pub fn
// count_bits_upto(...) }`; the harness declares `struct Solution`) and prints each returned
// total on its own line.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::fmt::Write as _;
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let q = it.next().unwrap() as usize;
    let mut out = String::new();
    for _ in 0..q {
        let n: i64 = it.next().unwrap();
        let answer: i64 = Solution::count_bits_upto(n); // judge-signature: impl Solution { pub fn count_bits_upto(n: i64) -> i64 }
        writeln!(out, "{}", answer).unwrap();
    }
    print!("{}", out);
}
