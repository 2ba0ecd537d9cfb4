// Two running totals; totals stay below 2^53, so Numbers are exact.
var rob = function(nums) {
    let before = 0, best = 0;
    for (const x of nums) {
        const next = Math.max(best, before + x);
        before = best;
        best = next;
    }
    return best;
};
