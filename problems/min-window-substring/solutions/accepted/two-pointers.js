var minWindow = function(s, t) {
    const need = new Array(26).fill(0);
    for (let i = 0; i < t.length; i++)
        need[t.charCodeAt(i) - 97]++;
    let missing = t.length, best = 0, left = 0;
    for (let right = 0; right < s.length; right++) {
        if (need[s.charCodeAt(right) - 97]-- > 0)
            missing--;
        while (missing === 0) {
            const len = right - left + 1;
            if (best === 0 || len < best)
                best = len;
            if (++need[s.charCodeAt(left) - 97] > 0)
                missing++;
            left++;
        }
    }
    return best;
};
