// Breadth-first search from the root over child lists: it meets the nodes level by level, and
// each node's depth is its parent's plus one. No recursion, so a path of 200000 nodes is fine.
// O(n).
impl Solution {
    pub fn level_widths(parent: Vec<i32>) -> Vec<i32> {
        let n = parent.len();
        let mut children = vec![Vec::new(); n];
        for v in 1..n {
            children[parent[v] as usize].push(v);
        }
        let mut depth = vec![0usize; n];
        let mut order = Vec::with_capacity(n);
        order.push(0usize);
        let mut width: Vec<i32> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let v = order[i];
            if width.len() == depth[v] {
                width.push(0);
            }
            width[depth[v]] += 1;
            for &c in &children[v] {
                depth[c] = depth[v] + 1;
                order.push(c);
            }
            i += 1;
        }
        width
    }
}
