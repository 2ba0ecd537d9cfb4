// Binary lifting: up[k][v] is v's ancestor 2^k levels up (the root is its own). The depths come
// from a breadth-first order, built without recursion: the tree may be a path of 200000 nodes.
// A query lifts the deeper node to the other's depth, then both as long as they stay apart.
// O((n + q) log n).
var lowestCommonAncestors = function(parent, queries) {
    const n = parent.length;
    const head = new Int32Array(n).fill(-1), next = new Int32Array(n);
    for (let v = 1; v < n; v++) {
        next[v] = head[parent[v]];
        head[parent[v]] = v;
    }
    const depth = new Int32Array(n), order = new Int32Array(n);
    let size = 0;
    order[size++] = 0;
    for (let i = 0; i < size; i++)
        for (let c = head[order[i]]; c !== -1; c = next[c]) {
            depth[c] = depth[order[i]] + 1;
            order[size++] = c;
        }
    let levels = 1;
    while ((1 << levels) < n) levels++;
    const up = [new Int32Array(n)];
    for (let v = 1; v < n; v++) up[0][v] = parent[v];
    for (let k = 1; k < levels; k++) {
        const prev = up[k - 1], cur = new Int32Array(n);
        for (let v = 0; v < n; v++) cur[v] = prev[prev[v]];
        up.push(cur);
    }
    return queries.map(([a, b]) => {
        let u = a, v = b;
        if (depth[u] < depth[v]) [u, v] = [v, u];
        for (let k = 0, diff = depth[u] - depth[v]; diff > 0; k++, diff >>= 1)
            if (diff & 1) u = up[k][u];
        if (u === v) return u;
        for (let k = levels - 1; k >= 0; k--)
            if (up[k][u] !== up[k][v]) {
                u = up[k][u];
                v = up[k][v];
            }
        return up[0][u];
    });
};
