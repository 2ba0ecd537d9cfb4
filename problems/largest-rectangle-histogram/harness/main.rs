// largest-rectangle-histogram harness (Rust): reads the test, calls
// Solution::largest_rectangle_area() from the user's solution.rs (LeetCode's form: `impl Solution
// { pub fn largest_rectangle_area(...) }`; the harness declares `struct Solution`) and prints the
// returned area.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let heights: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let answer: i64 = Solution::largest_rectangle_area(heights); // judge-signature: impl Solution { pub fn largest_rectangle_area(heights: Vec<i32>) -> i64 }
    println!("{}", answer);
}
