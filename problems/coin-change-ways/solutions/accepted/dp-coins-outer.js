// Coins in the outer loop, amounts in the inner: each combination counted once, modulo
// 10^9 + 7 at every addition (sums stay below 2^31).
var change = function(amount, coins) {
    const MOD = 1000000007;
    const ways = new Int32Array(amount + 1);
    ways[0] = 1;
    for (const c of coins)
        for (let a = c; a <= amount; a++) {
            const s = ways[a] + ways[a - c];
            ways[a] = s >= MOD ? s - MOD : s;
        }
    return ways[amount];
};
