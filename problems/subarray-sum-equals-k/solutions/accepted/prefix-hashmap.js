// Prefix sums and a Map of how often each has occurred so far (the empty prefix, 0, once at
// the start). Sums and the count stay far below 2^53: Numbers are exact. O(n) expected.
var subarraySum = function(nums, k) {
    const seen = new Map([[0, 1]]);
    let prefix = 0, count = 0;
    for (const x of nums) {
        prefix += x;
        count += seen.get(prefix - k) || 0;
        seen.set(prefix, (seen.get(prefix) || 0) + 1);
    }
    return count;
};
