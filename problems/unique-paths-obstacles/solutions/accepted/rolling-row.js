// One row of counts, updated in place: ways[j] = paths to column j of the current row, the
// old value (from above) plus ways[j - 1] (from the left), modulo 1e9+7. Both are below
// 1e9+7, so their sum is an exact double. O(rows * cols).
var countPaths = function(grid) {
    const MOD = 1000000007;
    const cols = grid[0].length;
    const ways = new Array(cols).fill(0);
    ways[0] = 1;
    for (const row of grid)
        for (let j = 0; j < cols; j++) {
            if (row[j] === '#') ways[j] = 0;
            else if (j > 0) ways[j] = (ways[j] + ways[j - 1]) % MOD;
        }
    return ways[cols - 1];
};
