// The prefix function (KMP): on a mismatch, and after a full match, the match falls back
// along the pattern's borders, so overlapping occurrences count. O(|text| + |pattern|).
var countOccurrences = function(text, pattern) {
    const m = pattern.length;
    const fail = new Int32Array(m);
    for (let i = 1, k = 0; i < m; i++) {
        while (k > 0 && pattern.charCodeAt(k) !== pattern.charCodeAt(i)) k = fail[k - 1];
        if (pattern.charCodeAt(k) === pattern.charCodeAt(i)) k++;
        fail[i] = k;
    }
    let count = 0, k = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (k > 0 && pattern.charCodeAt(k) !== c) k = fail[k - 1];
        if (pattern.charCodeAt(k) === c && ++k === m) {
            count++;
            k = fail[k - 1];
        }
    }
    return count;
};
