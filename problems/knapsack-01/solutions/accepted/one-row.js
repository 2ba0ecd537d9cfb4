// One row of the DP over capacities: best[c] = the largest value of a subset of the items
// seen so far weighing at most c; each item added with c going down, so it is used at most
// once. Totals stay below 2^53 (200 * 10^9), exact in a double. O(n * W).
var maxValue = function(weights, values, capacity) {
    const best = new Float64Array(capacity + 1);
    for (let i = 0; i < weights.length; i++) {
        const w = weights[i], v = values[i];
        for (let c = capacity; c >= w; c--)
            if (best[c - w] + v > best[c]) best[c] = best[c - w] + v;
    }
    return best[capacity];
};
