// subarray-sum-equals-k harness (Rust): reads the test, calls Solution::subarray_sum() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn subarray_sum(...) }`; the
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
    let k = it.next().unwrap() as i32;
    let nums: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i64 = Solution::subarray_sum(nums, k); // judge-signature: impl Solution { pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i64 }
    println!("{}", answer);
}
