// Kahn's algorithm with a BinaryHeap of letters (wrapped in Reverse: a min-heap).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut present = [false; 26];
        let mut edge = [[false; 26]; 26];
        let mut indegree = [0; 26];
        for w in &words {
            for &c in w.as_bytes() {
                present[(c - b'a') as usize] = true;
            }
        }
        for pair in words.windows(2) {
            let (a, b) = (pair[0].as_bytes(), pair[1].as_bytes());
            match a.iter().zip(b.iter()).position(|(x, y)| x != y) {
                Some(k) => {
                    let (x, y) = ((a[k] - b'a') as usize, (b[k] - b'a') as usize);
                    if !edge[x][y] {
                        edge[x][y] = true;
                        indegree[y] += 1;
                    }
                }
                None => {
                    if a.len() > b.len() {
                        return String::new();
                    }
                }
            }
        }
        let letters = present.iter().filter(|&&p| p).count();
        let mut heap: BinaryHeap<Reverse<usize>> =
            (0..26).filter(|&c| present[c] && indegree[c] == 0).map(Reverse).collect();
        let mut order = String::new();
        while let Some(Reverse(x)) = heap.pop() {
            order.push((b'a' + x as u8) as char);
            for y in 0..26 {
                if edge[x][y] {
                    indegree[y] -= 1;
                    if indegree[y] == 0 {
                        heap.push(Reverse(y));
                    }
                }
            }
        }
        if order.len() == letters { order } else { String::new() }
    }
}
