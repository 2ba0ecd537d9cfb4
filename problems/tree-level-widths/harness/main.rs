// tree-level-widths harness (Rust): reads the test, calls Solution::level_widths() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn level_widths(...) }`; the harness
// declares `struct Solution`) and prints the returned counts on one line.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::{Read, Write};
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let parent: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let res: Vec<i32> = Solution::level_widths(parent); // judge-signature: impl Solution { pub fn level_widths(parent: Vec<i32>) -> Vec<i32> }
    if res.is_empty() || res.len() > n {
        eprintln!("harness: level_widths must return between 1 and {} counts (got {})", n, res.len());
        println!("invalid");
        return;
    }
    let words: Vec<String> = res.iter().map(|x| x.to_string()).collect();
    let mut out = words.join(" ");
    out.push('\n');
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}
