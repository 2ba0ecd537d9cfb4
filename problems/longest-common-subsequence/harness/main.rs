// longest-common-subsequence harness (Rust): reads the test, calls
// Solution::longest_common_subsequence() from the user's solution.rs (LeetCode's form:
// `impl Solution { pub fn longest_common_subsequence(...) }`; the harness declares
// `struct Solution`) and prints the returned length.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.to_string());
    let text1 = it.next().unwrap();
    let text2 = it.next().unwrap();
    let answer: i32 = Solution::longest_common_subsequence(text1, text2); // judge-signature: impl Solution { pub fn longest_common_subsequence(text1: String, text2: String) -> i32 }
    println!("{}", answer);
}
