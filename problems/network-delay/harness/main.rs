// network-delay harness (Rust): reads the test, calls Solution::network_delay_time() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn network_delay_time(...) }`; the
// harness declares `struct Solution`) and prints the returned time.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i32>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap() as usize;
    let k = it.next().unwrap();
    let times: Vec<Vec<i32>> = (0..m)
        .map(|_| vec![it.next().unwrap(), it.next().unwrap(), it.next().unwrap()])
        .collect();
    let answer: i32 = Solution::network_delay_time(times, n, k); // judge-signature: impl Solution { pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 }
    println!("{}", answer);
}
