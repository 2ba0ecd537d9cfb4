// Bellman-Ford limited to k + 1 rounds, each round relaxing every flight from a copy of the
// previous round's prices.
impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut dist = vec![i32::MAX; n as usize];
        dist[src as usize] = 0;
        for _ in 0..=k {
            let prev = dist.clone();
            for f in &flights {
                let (u, v, p) = (f[0] as usize, f[1] as usize, f[2]);
                if prev[u] != i32::MAX && prev[u] + p < dist[v] {
                    dist[v] = prev[u] + p;
                }
            }
        }
        if dist[dst as usize] == i32::MAX { -1 } else { dist[dst as usize] }
    }
}
