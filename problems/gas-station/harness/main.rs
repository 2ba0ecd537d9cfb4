// gas-station harness (Rust): reads the test, calls Solution::can_complete_circuit() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn can_complete_circuit(...) }`;
// the harness declares `struct Solution`) and prints the returned index.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let gas: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let cost: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i32 = Solution::can_complete_circuit(gas, cost); // judge-signature: impl Solution { pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 }
    println!("{}", answer);
}
