// pattern-occurrences harness (Rust): reads the test, calls Solution::count_occurrences()
// from the user's solution.rs (LeetCode's form: `impl Solution { pub fn count_occurrences(...)
// }`; the harness declares `struct Solution`) and prints the returned count.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.to_string());
    let text = it.next().unwrap();
    let pattern = it.next().unwrap();
    let answer: i32 = Solution::count_occurrences(text, pattern); // judge-signature: impl Solution { pub fn count_occurrences(text: String, pattern: String) -> i32 }
    println!("{}", answer);
}
