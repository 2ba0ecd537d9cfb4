// top-k-frequent harness (Rust): reads the test, calls Solution::top_k_frequent() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn top_k_frequent(...) }`; the
// harness declares `struct Solution`) and prints the returned values in order, separated by
// spaces.
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
    let res = Solution::top_k_frequent(nums, k); // judge-signature: impl Solution { pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> }
    if res.len() != k as usize {
        eprintln!("harness: top_k_frequent must return {} values (got {})", k, res.len());
        println!("invalid");
        return;
    }
    let out: Vec<String> = res.iter().map(|v| v.to_string()).collect();
    println!("{}", out.join(" "));
}
