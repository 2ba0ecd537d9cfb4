// cheapest-flights-k-stops harness (Rust): reads the test, calls Solution::find_cheapest_price()
// from the user's solution.rs (LeetCode's form: `impl Solution { pub fn find_cheapest_price(...) }`;
// the harness declares `struct Solution`) and prints the returned price.
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
    let src = it.next().unwrap();
    let dst = it.next().unwrap();
    let k = it.next().unwrap();
    let flights: Vec<Vec<i32>> = (0..m)
        .map(|_| vec![it.next().unwrap(), it.next().unwrap(), it.next().unwrap()])
        .collect();
    let answer: i32 = Solution::find_cheapest_price(n, flights, src, dst, k); // judge-signature: impl Solution { pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 }
    println!("{}", answer);
}
