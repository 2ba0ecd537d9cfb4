// two-sum harness (Rust): reads the test, calls Solution::two_sum() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn two_sum(...) }`; the harness declares
// `struct Solution`) and prints the two returned indices in ascending order.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let target = it.next().unwrap() as i32;
    let nums: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let mut res = Solution::two_sum(nums, target); // judge-signature: impl Solution { pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> }
    if res.len() != 2 {
        eprintln!("harness: two_sum must return 2 indices (got {})", res.len());
        println!("invalid");
        return;
    }
    res.sort();
    println!("{} {}", res[0], res[1]);
}
