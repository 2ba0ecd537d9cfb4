// Breadth-first search by levels in one pass: [i .. end] are reachable with `jumps` jumps,
// `far` is the farthest index one more jump reaches. O(n).
var minJumps = function(nums) {
    const n = nums.length;
    if (n === 1) return 0;
    let jumps = 0, end = 0, far = 0;
    for (let i = 0; i < n; i++) {
        far = Math.max(far, i + nums[i]);
        if (i === end) {
            if (far <= i) return -1;
            jumps++;
            end = far;
            if (end >= n - 1) return jumps;
        }
    }
    return -1;
};
