# Meetings by start; a heap of the end times of the rooms in use. heapreplace reuses the room
# that frees first when it is free by the next start (end <= start: half-open meetings).
import heapq
from operator import itemgetter


class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort(key=itemgetter(0))  # by start only: ties need no order
        ends = []
        for s, e in intervals:
            if ends and ends[0] <= s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
