// longest-repeating-replacement harness (Rust): reads the test, calls
// Solution::character_replacement() from the user's solution.rs (LeetCode's form:
// `impl Solution { pub fn character_replacement(...) }`; the harness declares
// `struct Solution`) and prints the returned length.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let s = it.next().unwrap().to_string();
    let k: i32 = it.next().unwrap().parse().unwrap();
    let answer: i32 = Solution::character_replacement(s, k); // judge-signature: impl Solution { pub fn character_replacement(s: String, k: i32) -> i32 }
    println!("{}", answer);
}
