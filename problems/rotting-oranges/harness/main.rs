// rotting-oranges harness (Rust): reads the test, calls Solution::oranges_rotting() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn oranges_rotting(...) }`; the
// harness declares `struct Solution`) and prints the returned number of minutes.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let rows: usize = it.next().unwrap().parse().unwrap();
    let _cols: usize = it.next().unwrap().parse().unwrap();
    let grid: Vec<Vec<i32>> =
        (0..rows).map(|_| it.next().unwrap().bytes().map(|b| (b - b'0') as i32).collect()).collect();
    let answer: i32 = Solution::oranges_rotting(grid); // judge-signature: impl Solution { pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 }
    println!("{}", answer);
}
