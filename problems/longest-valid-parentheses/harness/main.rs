// longest-valid-parentheses harness (Rust): reads the test, calls Solution::longest_valid()
// from the user's solution.rs (LeetCode's form: `impl Solution { pub fn longest_valid(...) }`;
// the harness declares `struct Solution`) and prints the returned length.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let s = input.split_ascii_whitespace().next().unwrap().to_string();
    let answer: i32 = Solution::longest_valid(s); // judge-signature: impl Solution { pub fn longest_valid(s: String) -> i32 }
    println!("{}", answer);
}
