// Breadth-first search from the root over child lists (kept as linked lists in typed arrays):
// it meets the nodes level by level, and each node's depth is its parent's plus one. No
// recursion, so a path of 200000 nodes is fine. O(n).
var levelWidths = function(parent) {
    const n = parent.length;
    const head = new Int32Array(n).fill(-1), next = new Int32Array(n);
    for (let v = 1; v < n; v++) {
        next[v] = head[parent[v]];
        head[parent[v]] = v;
    }
    const depth = new Int32Array(n), order = new Int32Array(n), width = [];
    let size = 0;
    order[size++] = 0;
    for (let i = 0; i < size; i++) {
        const v = order[i];
        if (width.length === depth[v]) width.push(0);
        width[depth[v]]++;
        for (let c = head[v]; c !== -1; c = next[c]) {
            depth[c] = depth[v] + 1;
            order[size++] = c;
        }
    }
    return width;
};
