// Prefix sums: the sum of [l, r] is prefix[r + 1] - prefix[l]. Every prefix sum is at most
// 2 * 10^14 in absolute value, below 2^53, so Numbers are exact.
var rangeSums = function(nums, queries) {
    const prefix = new Float64Array(nums.length + 1);
    for (let i = 0; i < nums.length; i++)
        prefix[i + 1] = prefix[i] + nums[i];
    return queries.map(([l, r]) => prefix[r + 1] - prefix[l]);
};
