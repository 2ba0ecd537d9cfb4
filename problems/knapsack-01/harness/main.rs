// knapsack-01 harness (Rust): reads the test, calls Solution::max_value() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn max_value(...) }`; the harness
// declares `struct Solution`) and prints the returned total value.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let capacity = it.next().unwrap() as i32;
    let weights: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let values: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i64 = Solution::max_value(weights, values, capacity); // judge-signature: impl Solution { pub fn max_value(weights: Vec<i32>, values: Vec<i32>, capacity: i32) -> i64 }
    println!("{}", answer);
}
