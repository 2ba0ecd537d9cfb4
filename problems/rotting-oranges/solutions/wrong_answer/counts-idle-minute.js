// WRONG: counts a minute for every level of the search, the last one included, although the
// last level (the oranges that rotted last) rots nothing more: one minute too many whenever
// something rots.
var orangesRotting = function(grid) {
    const rows = grid.length, cols = grid[0].length;
    let queue = [], fresh = 0;
    for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
            if (grid[i][j] === 2) queue.push([i, j]);
            else if (grid[i][j] === 1) fresh++;
        }
    if (fresh === 0) return 0;
    let minutes = 0;
    while (queue.length > 0) {
        const next = [];
        for (const [i, j] of queue)
            for (const [a, b] of [[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]]) {
                if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] !== 1) continue;
                grid[a][b] = 2;
                fresh--;
                next.push([a, b]);
            }
        minutes++;
        queue = next;
    }
    return fresh > 0 ? -1 : minutes;
};
