/* ways[a] = combinations of the coins seen so far that make a. With the coins in the outer
 * loop every combination is built in one order only (coins taken in input order), so it is
 * counted once. Modulo 10^9 + 7 at every step. */
int change(int amount, const int *coins, int n) {
    const int MOD = 1000000007;
    int *ways = calloc((size_t)amount + 1, sizeof(int));
    ways[0] = 1;
    for (int i = 0; i < n; i++)
        for (int a = coins[i]; a <= amount; a++) {
            int s = ways[a] + ways[a - coins[i]];
            ways[a] = s >= MOD ? s - MOD : s;
        }
    int answer = ways[amount];
    free(ways);
    return answer;
}
