// Meetings by start; a min-heap (Reverse) of the end times of the rooms in use. A room whose
// meeting ends at or before the next start is reused.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_meeting_rooms(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable_by_key(|m| m[0]);
        let mut ends: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        for m in &intervals {
            if let Some(&Reverse(first)) = ends.peek() {
                if first <= m[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(m[1]));
        }
        ends.len() as i32
    }
}
