// kth-smallest-sorted-matrix harness (Rust): reads the test, calls Solution::kth_smallest() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn kth_smallest(...) }`; the
// harness declares `struct Solution`) and prints the returned values in order, separated by
// spaces.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let matrix: Vec<Vec<i32>> =
        (0..n).map(|_| (0..n).map(|_| it.next().unwrap() as i32).collect()).collect();
    let q = it.next().unwrap() as usize;
    let queries: Vec<i32> = (0..q).map(|_| it.next().unwrap() as i32).collect();
    let res = Solution::kth_smallest(matrix, queries); // judge-signature: impl Solution { pub fn kth_smallest(matrix: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> }
    if res.len() != q {
        eprintln!("harness: kth_smallest must return {} values (got {})", q, res.len());
        println!("invalid");
        return;
    }
    let out: Vec<String> = res.iter().map(|v| v.to_string()).collect();
    println!("{}", out.join(" "));
}
