// BFS over (cell, walls passed) states with a typed-array queue: rows * cols * (k + 1) states.
var shortestPath = function(grid, k) {
    const rows = grid.length, cols = grid[0].length, layers = k + 1;
    const states = rows * cols * layers;
    const dist = new Int32Array(states).fill(-1), queue = new Int32Array(states);
    let head = 0, tail = 0;
    dist[0] = 0;
    queue[tail++] = 0;
    const dr = [1, -1, 0, 0], dc = [0, 0, 1, -1];
    while (head < tail) {
        const s = queue[head++], cell = Math.floor(s / layers), used = s % layers;
        const r = Math.floor(cell / cols), c = cell % cols;
        if (r === rows - 1 && c === cols - 1) return dist[s];
        for (let d = 0; d < 4; d++) {
            const nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
            const nu = used + grid[nr][nc];
            if (nu > k) continue;
            const t = (nr * cols + nc) * layers + nu;
            if (dist[t] !== -1) continue;
            dist[t] = dist[s] + 1;
            queue[tail++] = t;
        }
    }
    return -1;
};
