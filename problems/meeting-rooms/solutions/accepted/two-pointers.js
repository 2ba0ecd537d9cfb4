// Starts and ends sorted apart (typed arrays sort numerically): every end at or before the
// current start has freed a room.
var minMeetingRooms = function(intervals) {
    const n = intervals.length;
    const starts = new Int32Array(n), ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    starts.sort();
    ends.sort();
    let best = 0, passed = 0;
    for (let i = 0; i < n; i++) {
        while (ends[passed] <= starts[i]) passed++;
        best = Math.max(best, i + 1 - passed);
    }
    return best;
};
