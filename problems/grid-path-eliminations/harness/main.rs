// grid-path-eliminations harness (Rust): reads the test, calls Solution::shortest_path() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn shortest_path(...) }`; the
// harness declares `struct Solution`) and prints the returned number of steps.
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
    let k: i32 = it.next().unwrap().parse().unwrap();
    let grid: Vec<Vec<i32>> =
        (0..rows).map(|_| it.next().unwrap().bytes().map(|b| (b - b'0') as i32).collect()).collect();
    let answer: i32 = Solution::shortest_path(grid, k); // judge-signature: impl Solution { pub fn shortest_path(grid: Vec<Vec<i32>>, k: i32) -> i32 }
    println!("{}", answer);
}
