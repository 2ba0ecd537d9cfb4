// word-search harness (Rust): reads the test, calls Solution::exist() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn exist(...) }`; the harness declares
// `struct Solution`) once per word, each time on a fresh copy of the grid, and prints "true"
// or "false" for each.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::{Read, Write};
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let rows: usize = it.next().unwrap().parse().unwrap();
    let _cols: usize = it.next().unwrap().parse().unwrap();
    let grid: Vec<Vec<char>> = (0..rows).map(|_| it.next().unwrap().chars().collect()).collect();
    let k: usize = it.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..k {
        let word = it.next().unwrap().to_string();
        let found: bool = Solution::exist(grid.clone(), word); // judge-signature: impl Solution { pub fn exist(board: Vec<Vec<char>>, word: String) -> bool }
        out.push_str(if found { "true\n" } else { "false\n" });
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
