// Breadth-first search from every rotten orange at once, level by level: each level is one
// minute. A fresh orange left at the end means -1. O(rows * cols).
var orangesRotting = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    const queue = new Int32Array(rows * cols);
    let head = 0, tail = 0, fresh = 0;
    for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
            if (grid[i][j] === 2) queue[tail++] = i * cols + j;
            else if (grid[i][j] === 1) fresh++;
        }
    let minutes = 0;
    const di = [-1, 1, 0, 0], dj = [0, 0, -1, 1];
    while (head < tail && fresh > 0) {
        minutes++;
        const levelEnd = tail;
        while (head < levelEnd) {
            const cell = queue[head++], i = Math.floor(cell / cols), j = cell % cols;
            for (let d = 0; d < 4; d++) {
                const a = i + di[d], b = j + dj[d];
                if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] !== 1) continue;
                grid[a][b] = 2;
                fresh--;
                queue[tail++] = a * cols + b;
            }
        }
    }
    return fresh > 0 ? -1 : minutes;
};
