// Breadth-first search from every rotten orange at once, level by level: each level is one
// minute. A fresh orange left at the end means -1. O(rows * cols).
use std::collections::VecDeque;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (rows, cols) = (grid.len(), grid[0].len());
        let mut queue = VecDeque::new();
        let mut fresh = 0;
        for i in 0..rows {
            for j in 0..cols {
                if grid[i][j] == 2 {
                    queue.push_back((i, j));
                } else if grid[i][j] == 1 {
                    fresh += 1;
                }
            }
        }
        let mut minutes = 0;
        while !queue.is_empty() && fresh > 0 {
            minutes += 1;
            for _ in 0..queue.len() {
                let (i, j) = queue.pop_front().unwrap();
                let mut next = Vec::with_capacity(4);
                if i > 0 { next.push((i - 1, j)); }
                if i + 1 < rows { next.push((i + 1, j)); }
                if j > 0 { next.push((i, j - 1)); }
                if j + 1 < cols { next.push((i, j + 1)); }
                for (a, b) in next {
                    if grid[a][b] == 1 {
                        grid[a][b] = 2;
                        fresh -= 1;
                        queue.push_back((a, b));
                    }
                }
            }
        }
        if fresh > 0 { -1 } else { minutes }
    }
}
