// WRONG: counts in 64-bit longs and reduces modulo 1e9+7 only when returning: the counts
// overflow 64 bits on a 40 x 40 open grid.
class Solution {
    public int countPaths(String[] grid) {
        int cols = grid[0].length();
        long[] ways = new long[cols];
        ways[0] = 1;
        for (String row : grid)
            for (int j = 0; j < cols; j++) {
                if (row.charAt(j) == '#')
                    ways[j] = 0;
                else if (j > 0)
                    ways[j] += ways[j - 1];
            }
        return (int) Math.floorMod(ways[cols - 1], 1_000_000_007L);
    }
}
