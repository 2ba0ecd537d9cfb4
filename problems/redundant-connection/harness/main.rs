// redundant-connection harness (Rust): reads the test, calls
// Solution::find_redundant_connection() from the user's solution.rs (LeetCode's form:
// `impl Solution { pub fn find_redundant_connection(...) }`; the harness declares
// `struct Solution`) and prints the returned edge.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let edges: Vec<Vec<i32>> =
        (0..n).map(|_| vec![it.next().unwrap() as i32, it.next().unwrap() as i32]).collect();
    let answer: Vec<i32> = Solution::find_redundant_connection(edges); // judge-signature: impl Solution { pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> }
    let text: Vec<String> = answer.iter().map(|x| x.to_string()).collect();
    println!("{}", text.join(" "));
}
