// cut[k]: the fewest cuts of the first k letters. Each palindrome s[i..j], found by growing it
// around its centre (O(n^2) in all), gives cut[j + 1] <= cut[i] + 1.
var minCut = function(s) {
    const n = s.length;
    const cut = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) cut[k] = k - 1;
    for (let mid = 0; mid < n; mid++)
        for (let odd = 0; odd < 2; odd++)
            for (let i = mid - odd, j = mid; i >= 0 && j < n && s[i] === s[j]; i--, j++)
                cut[j + 1] = Math.min(cut[j + 1], cut[i] + 1);
    return cut[n];
};
