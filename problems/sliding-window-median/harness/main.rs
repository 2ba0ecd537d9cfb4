// sliding-window-median harness (Rust): reads the test, calls Solution::median_sliding_window() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn median_sliding_window(...) }`; the
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
    let m = n - k as usize + 1;
    let res = Solution::median_sliding_window(nums, k); // judge-signature: impl Solution { pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> }
    if res.len() != m {
        eprintln!("harness: median_sliding_window must return {} values (got {})", m, res.len());
        println!("invalid");
        return;
    }
    let out: Vec<String> = res.iter().map(|v| v.to_string()).collect();
    println!("{}", out.join(" "));
}
