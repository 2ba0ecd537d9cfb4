// alien-dictionary harness (Rust): reads the test, calls Solution::alien_order() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn alien_order(...) }`; the harness
// declares `struct Solution`) and prints the returned string.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let words: Vec<String> = (0..n).map(|_| it.next().unwrap().to_string()).collect();
    let answer: String = Solution::alien_order(words); // judge-signature: impl Solution { pub fn alien_order(words: Vec<String>) -> String }
    println!("{}", answer);
}
