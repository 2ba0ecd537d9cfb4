var characterReplacement = function(s, k) {
    const count = new Array(26).fill(0);
    let bestCount = 0, left = 0;
    for (let right = 0; right < s.length; right++) {
        const c = s.charCodeAt(right) - 65;
        if (++count[c] > bestCount)
            bestCount = count[c];
        if (right - left + 1 - bestCount > k) {
            count[s.charCodeAt(left) - 65]--;
            left++;
        }
    }
    return s.length - left;
};
