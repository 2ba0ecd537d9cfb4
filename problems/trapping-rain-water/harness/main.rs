// trapping-rain-water harness (Rust): reads the test, calls Solution::trap() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn trap(...) }`; the harness declares
// `struct Solution`) and prints the returned amount of water.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let height: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i64 = Solution::trap(height); // judge-signature: impl Solution { pub fn trap(height: Vec<i32>) -> i64 }
    println!("{}", answer);
}
