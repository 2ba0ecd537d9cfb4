// BFS over (cell, walls passed) states with a VecDeque: rows * cols * (k + 1) states.
use std::collections::VecDeque;

impl Solution {
    pub fn shortest_path(grid: Vec<Vec<i32>>, k: i32) -> i32 {
        let (rows, cols, layers) = (grid.len(), grid[0].len(), k as usize + 1);
        let mut dist = vec![-1i32; rows * cols * layers];
        let mut queue = VecDeque::new();
        dist[0] = 0;
        queue.push_back(0usize);
        while let Some(s) = queue.pop_front() {
            let (cell, used) = (s / layers, s % layers);
            let (r, c) = (cell / cols, cell % cols);
            if r == rows - 1 && c == cols - 1 {
                return dist[s];
            }
            let moves = [(r + 1, c), (r.wrapping_sub(1), c), (r, c + 1), (r, c.wrapping_sub(1))];
            for &(nr, nc) in &moves {
                if nr >= rows || nc >= cols {
                    continue;
                }
                let nu = used + grid[nr][nc] as usize;
                if nu >= layers {
                    continue;
                }
                let t = (nr * cols + nc) * layers + nu;
                if dist[t] != -1 {
                    continue;
                }
                dist[t] = dist[s] + 1;
                queue.push_back(t);
            }
        }
        -1
    }
}
