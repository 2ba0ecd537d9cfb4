// Dijkstra with std's BinaryHeap (a max-heap, so entries are wrapped in Reverse).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![i32::MAX; n];
        let mut heap = BinaryHeap::new();
        dist[k as usize] = 0;
        heap.push(Reverse((0, k as usize)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            for &(v, w) in &adj[u] {
                if d + w < dist[v] {
                    dist[v] = d + w;
                    heap.push(Reverse((dist[v], v)));
                }
            }
        }
        let answer = *dist.iter().max().unwrap();
        if answer == i32::MAX { -1 } else { answer }
    }
}
