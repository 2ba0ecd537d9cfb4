// unique-paths-obstacles harness (Rust): reads the test, calls Solution::count_paths() from
// the user's solution.rs (LeetCode's form: `impl Solution { pub fn count_paths(...) }`; the
// harness declares `struct Solution`) and prints the returned number of paths.
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
    let grid: Vec<String> = (0..rows).map(|_| it.next().unwrap().to_string()).collect();
    let answer: i32 = Solution::count_paths(grid); // judge-signature: impl Solution { pub fn count_paths(grid: Vec<String>) -> i32 }
    println!("{}", answer);
}
