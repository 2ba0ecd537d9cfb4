// minimum-spanning-tree harness (Rust): reads the test, calls Solution::minimum_spanning_tree()
// from the user's solution.rs (LeetCode's form: `impl Solution { pub fn minimum_spanning_tree(...) }`;
// the harness declares `struct Solution`) and prints the returned total weight.
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
    let edges: Vec<Vec<i32>> = (0..m)
        .map(|_| vec![it.next().unwrap(), it.next().unwrap(), it.next().unwrap()])
        .collect();
    let answer: i64 = Solution::minimum_spanning_tree(edges, n); // judge-signature: impl Solution { pub fn minimum_spanning_tree(edges: Vec<Vec<i32>>, n: i32) -> i64 }
    println!("{}", answer);
}
