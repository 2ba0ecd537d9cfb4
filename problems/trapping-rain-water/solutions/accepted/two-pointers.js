// Two pointers from both ends; totals stay below 2^53, so Numbers are exact.
var trap = function(height) {
    let l = 0, r = height.length - 1;
    let leftMax = 0, rightMax = 0, water = 0;
    while (l < r) {
        if (height[l] < height[r]) {
            if (height[l] > leftMax) leftMax = height[l];
            water += leftMax - height[l++];
        } else {
            if (height[r] > rightMax) rightMax = height[r];
            water += rightMax - height[r--];
        }
    }
    return water;
};
