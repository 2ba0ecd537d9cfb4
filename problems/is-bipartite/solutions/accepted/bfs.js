// Two-color every component with a BFS; the queue is an array read from a moving head.
var isBipartite = function(n, edges) {
    const adj = Array.from({ length: n }, () => []);
    for (const [u, v] of edges) {
        adj[u].push(v);
        adj[v].push(u);
    }
    const color = new Int8Array(n).fill(-1);
    const queue = new Int32Array(n);
    for (let s = 0; s < n; s++) {
        if (color[s] !== -1) continue;
        let head = 0, tail = 0;
        color[s] = 0;
        queue[tail++] = s;
        while (head < tail) {
            const u = queue[head++];
            for (const v of adj[u]) {
                if (color[v] === -1) {
                    color[v] = color[u] ^ 1;
                    queue[tail++] = v;
                } else if (color[v] === color[u]) {
                    return false;
                }
            }
        }
    }
    return true;
};
