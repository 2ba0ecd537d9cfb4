var topKFrequent = function(nums, k) {
    const count = new Map();
    for (const x of nums)
        count.set(x, (count.get(x) || 0) + 1);
    const values = Array.from(count.keys());
    values.sort((a, b) => count.get(b) - count.get(a) || a - b);
    return values.slice(0, k);
};
