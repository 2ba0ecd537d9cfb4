// min-eating-speed harness (Rust): reads the test, calls Solution::min_eating_speed() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn min_eating_speed(...) }`; the
// harness declares `struct Solution`) and prints the returned speed.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let h = it.next().unwrap() as i32;
    let piles: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i32 = Solution::min_eating_speed(piles, h); // judge-signature: impl Solution { pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 }
    println!("{}", answer);
}
