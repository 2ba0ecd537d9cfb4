// Kruskal: edges sorted by weight, union-find with path halving.
impl Solution {
    pub fn minimum_spanning_tree(mut edges: Vec<Vec<i32>>, n: i32) -> i64 {
        let n = n as usize;
        edges.sort_unstable_by_key(|e| e[2]);
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut total: i64 = 0;
        let mut joined = 0;
        for e in &edges {
            let a = find(&mut parent, e[0] as usize);
            let b = find(&mut parent, e[1] as usize);
            if a != b {
                parent[a] = b;
                total += e[2] as i64;
                joined += 1;
            }
        }
        if joined + 1 == n { total } else { -1 }
    }
}
