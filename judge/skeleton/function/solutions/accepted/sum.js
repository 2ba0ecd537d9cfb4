// Accepted: the sum of at most 2 * 10^5 values of at most 10^9 is exact in a double (< 2^53).
var sumArray = function(nums) {
    let sum = 0;
    for (const x of nums)
        sum += x;
    return sum;
};
