// Greedy by end: take the interval that ends first, skip those starting before its end.
var maxNonOverlapping = function(intervals) {
    intervals.sort((a, b) => a[1] - b[1]);
    let count = 0, last = -1;
    for (const [s, e] of intervals) {
        if (s >= last) {
            count++;
            last = e;
        }
    }
    return count;
};
