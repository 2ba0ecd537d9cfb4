# TOO SLOW: the answer is the most meetings in progress at some start time; counts, for every
# meeting, the meetings in progress when it starts by checking every other one: O(n^2).
class Solution:
    def minMeetingRooms(self, intervals):
        best = 0
        for s, _ in intervals:
            count = 0
            for a, b in intervals:
                if a <= s < b:
                    count += 1
            best = max(best, count)
        return best
