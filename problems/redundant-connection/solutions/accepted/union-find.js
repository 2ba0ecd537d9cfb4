// Union-find over the edges in input order: the first edge whose two ends are already joined
// closes the only cycle, and it is the cycle's last edge in that order. O(n * alpha(n)).
var findRedundantConnection = function(edges) {
    const parent = Int32Array.from({ length: edges.length + 1 }, (_, i) => i);
    const find = (x) => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    for (const [u, v] of edges) {
        const a = find(u), b = find(v);
        if (a === b) return [u, v];
        parent[a] = b;
    }
    return [];
};
