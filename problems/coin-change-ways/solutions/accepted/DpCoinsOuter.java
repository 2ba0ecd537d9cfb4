// Coins in the outer loop, amounts in the inner: each combination counted once, modulo
// 10^9 + 7 at every addition.
class Solution {
    public int change(int amount, int[] coins) {
        final int MOD = 1_000_000_007;
        int[] ways = new int[amount + 1];
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; a++) {
                int s = ways[a] + ways[a - c];  // below 2 * MOD < 2^31
                ways[a] = s >= MOD ? s - MOD : s;
            }
        return ways[amount];
    }
}
