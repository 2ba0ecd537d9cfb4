// Kruskal: edges sorted by weight, union-find with path halving. Totals stay below 2^53.
var minimumSpanningTree = function(edges, n) {
    const order = edges.map((_, i) => i);
    order.sort((a, b) => edges[a][2] - edges[b][2]);
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const find = (x) => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    let total = 0, joined = 0;
    for (const i of order) {
        const a = find(edges[i][0]), b = find(edges[i][1]);
        if (a === b) continue;
        parent[a] = b;
        total += edges[i][2];
        joined++;
    }
    return joined === n - 1 ? total : -1;
};
