# WRONG: a sweep whose events sort starts before ends at equal times, so a meeting that ends
# at t is still counted when the next one starts at t (closed intervals again).
class Solution:
    def minMeetingRooms(self, intervals):
        events = []
        for s, e in intervals:
            events.append((s, 0))  # 0: start, sorts first
            events.append((e, 1))  # 1: end
        events.sort()
        open_ = best = 0
        for _, kind in events:
            open_ += 1 if kind == 0 else -1
            best = max(best, open_)
        return best
