// Two-color every component with a BFS (VecDeque); equal colors on an edge: an odd cycle.
use std::collections::VecDeque;

impl Solution {
    pub fn is_bipartite(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let n = n as usize;
        let mut adj = vec![Vec::new(); n];
        for e in &edges {
            let (u, v) = (e[0] as usize, e[1] as usize);
            adj[u].push(v);
            adj[v].push(u);
        }
        let mut color = vec![-1i8; n];
        let mut queue = VecDeque::new();
        for s in 0..n {
            if color[s] != -1 {
                continue;
            }
            color[s] = 0;
            queue.push_back(s);
            while let Some(u) = queue.pop_front() {
                for &v in &adj[u] {
                    if color[v] == -1 {
                        color[v] = color[u] ^ 1;
                        queue.push_back(v);
                    } else if color[v] == color[u] {
                        return false;
                    }
                }
            }
        }
        true
    }
}
