// palindrome-min-cuts harness (Rust): reads the test, calls Solution::min_cut() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn min_cut(...) }`; the harness
// declares `struct Solution`) and prints the returned number of cuts.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let s = input.split_ascii_whitespace().next().unwrap().to_string();
    let answer: i32 = Solution::min_cut(s); // judge-signature: impl Solution { pub fn min_cut(s: String) -> i32 }
    println!("{}", answer);
}
