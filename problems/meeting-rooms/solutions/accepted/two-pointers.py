# Starts and ends sorted apart: every end at or before the current start has freed a room.
class Solution:
    def minMeetingRooms(self, intervals):
        starts = sorted(m[0] for m in intervals)
        ends = sorted(m[1] for m in intervals)
        best = passed = 0
        for i, s in enumerate(starts):
            while ends[passed] <= s:
                passed += 1
            if i + 1 - passed > best:
                best = i + 1 - passed
        return best
