// search-rotated-array harness (Rust): reads the test, calls Solution::search() from the
// user's solution.rs once per query (`impl Solution { pub fn search(...) }`; the harness
// declares `struct Solution`) and prints the returned indices, one per line. The array is
// lent to each call as a slice, not moved: one Vec per query would be far too slow.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::fmt::Write as _;
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let q = it.next().unwrap() as usize;
    let nums: Vec<i32> = (0..n).map(|_| it.next().unwrap() as i32).collect();
    let targets: Vec<i32> = (0..q).map(|_| it.next().unwrap() as i32).collect();
    let mut out = String::with_capacity(q * 8);
    for &target in &targets {
        let answer: i32 = Solution::search(&nums, target); // judge-signature: impl Solution { pub fn search(nums: &[i32], target: i32) -> i32 }
        writeln!(out, "{}", answer).unwrap();
    }
    print!("{}", out);
}
