var kthSmallest = function(matrix, queries) {
    const n = matrix.length;
    const countAtMost = (x) => {
        let c = 0, j = n - 1;
        for (let i = 0; i < n; i++) {
            const row = matrix[i];
            while (j >= 0 && row[j] > x) j--;
            c += j + 1;
        }
        return c;
    };
    return queries.map((k) => {
        let lo = matrix[0][0], hi = matrix[n - 1][n - 1];
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (countAtMost(mid) >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    });
};
