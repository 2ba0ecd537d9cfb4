// Binary lifting: up[k][v] is v's ancestor 2^k levels up (the root is its own). The depths come
// from a breadth-first order, built without recursion: the tree may be a path of 200000 nodes.
// A query lifts the deeper node to the other's depth, then both as long as they stay apart.
// O((n + q) log n).
impl Solution {
    pub fn lowest_common_ancestors(parent: Vec<i32>, queries: Vec<Vec<i32>>) -> Vec<i32> {
        let n = parent.len();
        let mut children = vec![Vec::new(); n];
        for v in 1..n {
            children[parent[v] as usize].push(v);
        }
        let mut depth = vec![0usize; n];
        let mut order = Vec::with_capacity(n);
        order.push(0usize);
        let mut i = 0;
        while i < order.len() {
            let v = order[i];
            for &c in &children[v] {
                depth[c] = depth[v] + 1;
                order.push(c);
            }
            i += 1;
        }
        let mut levels = 1;
        while (1usize << levels) < n {
            levels += 1;
        }
        let mut up = vec![vec![0usize; n]; levels];
        for v in 1..n {
            up[0][v] = parent[v] as usize;
        }
        for k in 1..levels {
            for v in 0..n {
                up[k][v] = up[k - 1][up[k - 1][v]];
            }
        }
        queries
            .iter()
            .map(|query| {
                let (mut u, mut v) = (query[0] as usize, query[1] as usize);
                if depth[u] < depth[v] {
                    std::mem::swap(&mut u, &mut v);
                }
                let mut diff = depth[u] - depth[v];
                let mut k = 0;
                while diff > 0 {
                    if diff & 1 == 1 {
                        u = up[k][u];
                    }
                    diff >>= 1;
                    k += 1;
                }
                if u != v {
                    for k in (0..levels).rev() {
                        if up[k][u] != up[k][v] {
                            u = up[k][u];
                            v = up[k][v];
                        }
                    }
                    u = up[0][u];
                }
                u as i32
            })
            .collect()
    }
}
