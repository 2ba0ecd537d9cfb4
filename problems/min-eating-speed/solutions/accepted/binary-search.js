// Binary search on the speed k over [1, max pile]; the hours stay below 2^53, so Numbers are
// exact. O(n log max).
var minEatingSpeed = function(piles, h) {
    let lo = 1, hi = 1;
    for (const p of piles) if (p > hi) hi = p;
    while (lo < hi) {
        const k = Math.floor((lo + hi) / 2);
        let hours = 0;
        for (const p of piles) hours += Math.ceil(p / k);
        if (hours <= h) hi = k;
        else lo = k + 1;
    }
    return lo;
};
