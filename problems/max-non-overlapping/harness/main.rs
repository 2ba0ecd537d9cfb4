// max-non-overlapping harness (Rust): reads the test, calls Solution::max_non_overlapping() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn max_non_overlapping(...) }`; the
// harness declares `struct Solution`) and prints the returned count.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let intervals: Vec<Vec<i32>> =
        (0..n).map(|_| vec![it.next().unwrap() as i32, it.next().unwrap() as i32]).collect();
    let answer: i32 = Solution::max_non_overlapping(intervals); // judge-signature: impl Solution { pub fn max_non_overlapping(intervals: Vec<Vec<i32>>) -> i32 }
    println!("{}", answer);
}
