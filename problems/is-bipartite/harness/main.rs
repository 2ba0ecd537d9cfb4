// is-bipartite harness (Rust): reads the test, calls Solution::is_bipartite() from the user's
// solution.rs (LeetCode's form: `impl Solution { pub fn is_bipartite(...) }`; the harness
// declares `struct Solution`) and prints the returned answer as true or false.
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
    let edges: Vec<Vec<i32>> = (0..m).map(|_| vec![it.next().unwrap(), it.next().unwrap()]).collect();
    let answer: bool = Solution::is_bipartite(n, edges); // judge-signature: impl Solution { pub fn is_bipartite(n: i32, edges: Vec<Vec<i32>>) -> bool }
    println!("{}", answer);
}
