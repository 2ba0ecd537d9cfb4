// Expand around every centre: a letter (odd lengths) or the gap between two letters (even
// lengths). O(n^2) in the worst case.
var longestPalindrome = function(s) {
    const n = s.length;
    let best = 0;
    for (let c = 0; c < n; c++)
        for (let w = 0; w < 2; w++) {
            let lo = c, hi = c + w;
            while (lo >= 0 && hi < n && s.charCodeAt(lo) === s.charCodeAt(hi)) {
                lo--;
                hi++;
            }
            best = Math.max(best, hi - lo - 1);
        }
    return best;
};
