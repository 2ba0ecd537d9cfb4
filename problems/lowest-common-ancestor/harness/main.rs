// lowest-common-ancestor harness (Rust): reads the test, calls
// Solution::lowest_common_ancestors() from the user's solution.rs (LeetCode's form:
// `impl Solution { pub fn lowest_common_ancestors(...) }`; the harness declares
// `struct Solution`) and prints the returned nodes, one per line.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::{Read, Write};
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let q = it.next().unwrap() as usize;
    let parent: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let queries: Vec<Vec<i32>> =
        (0..q).map(|_| (0..2).map(|_| it.next().unwrap() as i32).collect()).collect();
    let res: Vec<i32> = Solution::lowest_common_ancestors(parent, queries); // judge-signature: impl Solution { pub fn lowest_common_ancestors(parent: Vec<i32>, queries: Vec<Vec<i32>>) -> Vec<i32> }
    if res.len() != q {
        eprintln!("harness: lowest_common_ancestors must return {} nodes (got {})", q, res.len());
        println!("invalid");
        return;
    }
    let mut out = String::with_capacity(q * 7);
    for x in &res {
        out.push_str(&x.to_string());
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
