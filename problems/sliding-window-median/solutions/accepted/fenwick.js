var medianSlidingWindow = function(nums, k) {
    const n = nums.length;
    const s = Int32Array.from(nums).sort();
    let m = 0;
    for (let i = 0; i < n; i++)
        if (i === 0 || s[i] !== s[i - 1]) s[m++] = s[i];
    const id = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let lo = 0, hi = m - 1;
        while (lo < hi) {
            const md = (lo + hi) >> 1;
            if (s[md] < nums[i]) lo = md + 1; else hi = md;
        }
        id[i] = lo + 1;
    }
    const bit = new Int32Array(m + 1);
    let lg = 1;
    while ((1 << lg) <= m) lg++;
    const res = [];
    for (let i = 0; i < n; i++) {
        for (let p = id[i]; p <= m; p += p & -p) bit[p]++;
        if (i >= k)
            for (let p = id[i - k]; p <= m; p += p & -p) bit[p]--;
        if (i >= k - 1) {
            let r = ((k - 1) >> 1) + 1, pos = 0;
            for (let b = lg; b >= 0; b--) {
                const nx = pos + (1 << b);
                if (nx <= m && bit[nx] < r) { pos = nx; r -= bit[nx]; }
            }
            res.push(s[pos]);
        }
    }
    return res;
};
