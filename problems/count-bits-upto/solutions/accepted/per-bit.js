// Per bit b: full periods of 2^(b+1) numbers hold 2^b ones each, plus the partial period's
// ones. n is a BigInt and the total passes 2^53, so the arithmetic stays in BigInt.
var countBitsUpto = function(n) {
    let total = 0n, half = 1n;
    const m = n + 1n;
    while (half <= n) {
        const period = half << 1n;
        total += (m / period) * half;
        const rest = m % period - half;
        if (rest > 0n) total += rest;
        half = period;
    }
    return total;
};
