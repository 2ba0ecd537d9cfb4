// meeting-rooms harness (Rust): reads the test, calls Solution::min_meeting_rooms() from the
// user's solution.rs (LeetCode's form: `impl Solution { pub fn min_meeting_rooms(...) }`; the
// harness declares `struct Solution`) and prints the returned number of rooms.
#![allow(dead_code, unused_imports)]

pub struct Solution;

include!("solution.rs");

fn main() {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let intervals: Vec<Vec<i32>> =
        (0..n).map(|_| vec![it.next().unwrap() as i32, it.next().unwrap() as i32]).collect();
    let answer: i32 = Solution::min_meeting_rooms(intervals); // judge-signature: impl Solution { pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 }
    println!("{}", answer);
}
