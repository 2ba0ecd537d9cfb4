// Starts and ends sorted apart: every end at or before the current start has freed a room.
import java.util.Arrays;

class Solution {
    public int minMeetingRooms(int[][] intervals) {
        int n = intervals.length;
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int best = 0, passed = 0;
        for (int i = 0; i < n; i++) {
            while (ends[passed] <= starts[i])
                passed++;
            best = Math.max(best, i + 1 - passed);
        }
        return best;
    }
}
