// One row of counts, updated in place: ways[j] = paths to column j of the current row, the
// old value (from above) plus ways[j - 1] (from the left), modulo 1e9+7. O(rows * cols).
class Solution {
    public int countPaths(String[] grid) {
        final int MOD = 1_000_000_007;
        int cols = grid[0].length();
        int[] ways = new int[cols];
        ways[0] = 1;
        for (String row : grid)
            for (int j = 0; j < cols; j++) {
                if (row.charAt(j) == '#')
                    ways[j] = 0;
                else if (j > 0)
                    ways[j] = (int) (((long) ways[j] + ways[j - 1]) % MOD);
            }
        return ways[cols - 1];
    }
}
