// anagram-groups harness (Rust): reads the test, calls Solution::anagram_group_sizes() from
// the user's solution.rs (LeetCode's form: `impl Solution { pub fn anagram_group_sizes(...) }`;
// the harness declares `struct Solution`) and prints the returned sizes in order, separated by
// spaces.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let words: Vec<String> = (0..n).map(|_| it.next().unwrap().to_string()).collect();
    let res = Solution::anagram_group_sizes(words); // judge-signature: impl Solution { pub fn anagram_group_sizes(words: Vec<String>) -> Vec<i32> }
    if res.is_empty() || res.len() > n {
        eprintln!("harness: anagram_group_sizes must return between 1 and {} sizes (got {})", n, res.len());
        println!("invalid");
        return;
    }
    let out: Vec<String> = res.iter().map(|v| v.to_string()).collect();
    println!("{}", out.join(" "));
}
