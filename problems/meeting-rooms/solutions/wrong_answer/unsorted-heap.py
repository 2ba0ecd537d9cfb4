# WRONG: the heap method without sorting the meetings by start: taken in input order, a room
# freed "later" in time may be reused by a meeting that starts earlier.
import heapq


class Solution:
    def minMeetingRooms(self, intervals):
        ends = []
        for s, e in intervals:
            if ends and ends[0] <= s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
