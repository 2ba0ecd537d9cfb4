// Kadane's algorithm; sums stay below 2^53, so Numbers are exact.
var maxSubArray = function(nums) {
    let best = nums[0], endingHere = nums[0];
    for (let i = 1; i < nums.length; i++) {
        endingHere = endingHere > 0 ? endingHere + nums[i] : nums[i];
        if (endingHere > best) best = endingHere;
    }
    return best;
};
