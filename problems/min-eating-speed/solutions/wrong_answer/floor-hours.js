// WRONG: counts floor(p / k) hours per pile instead of the ceiling, forgetting the last,
// partly eaten hour (and a pile smaller than k counts zero hours).
var minEatingSpeed = function(piles, h) {
    let lo = 1, hi = 1;
    for (const p of piles) if (p > hi) hi = p;
    while (lo < hi) {
        const k = Math.floor((lo + hi) / 2);
        let hours = 0;
        for (const p of piles) hours += Math.floor(p / k);
        if (hours <= h) hi = k;
        else lo = k + 1;
    }
    return lo;
};
