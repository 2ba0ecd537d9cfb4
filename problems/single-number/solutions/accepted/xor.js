// XOR of all values: JavaScript's ^ works on 32-bit signed integers, exactly the values' range.
var singleNumber = function(nums) {
    let acc = 0;
    for (const x of nums) acc ^= x;
    return acc;
};
