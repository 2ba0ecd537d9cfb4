// n-queens-count harness (Rust): reads the test, calls Solution::total_n_queens() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn total_n_queens(...) }`; the
// harness declares `struct Solution`) and prints the returned count.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let n: i32 = input.trim().parse().unwrap();
    let answer: i32 = Solution::total_n_queens(n); // judge-signature: impl Solution { pub fn total_n_queens(n: i32) -> i32 }
    println!("{}", answer);
}
