// longest-palindromic-substring harness (Rust): reads the test, calls
// Solution::longest_palindrome() from the user's solution.rs (LeetCode's form:
// `impl Solution { pub fn longest_palindrome(...) }`; the harness declares `struct Solution`)
// and prints the returned length.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.to_string());
    let s = it.next().unwrap();
    let answer: i32 = Solution::longest_palindrome(s); // judge-signature: impl Solution { pub fn longest_palindrome(s: String) -> i32 }
    println!("{}", answer);
}
