# Two heaps with lazy deletion: `low` (a max-heap, negated) holds the smaller half and its top
# is the lower median; `high` holds the rest. A leaving value is only counted in `dead` and
# thrown away once it reaches a top. O(n log n).
import heapq
from collections import defaultdict


class Solution:
    def medianSlidingWindow(self, nums, k):
        low, high = [], []          # low: negated values
        dead = defaultdict(int)
        low_size = high_size = 0    # live elements on each side
        need = (k + 1) // 2         # live elements low must hold

        def prune(h, sign):
            while h and dead[sign * h[0]]:
                dead[sign * h[0]] -= 1
                heapq.heappop(h)

        res = []
        for i, x in enumerate(nums):
            # insert
            if low and x <= -low[0]:
                heapq.heappush(low, -x)
                low_size += 1
            else:
                heapq.heappush(high, x)
                high_size += 1
            # remove the leaving value
            if i >= k:
                y = nums[i - k]
                dead[y] += 1
                if y <= -low[0]:
                    low_size -= 1
                    if y == -low[0]:
                        prune(low, -1)
                else:
                    high_size -= 1
                    if y == high[0]:
                        prune(high, 1)
            # rebalance
            while low_size > need:
                heapq.heappush(high, -heapq.heappop(low))
                low_size -= 1
                high_size += 1
                prune(low, -1)
            while low_size < need and high_size > 0:
                heapq.heappush(low, -heapq.heappop(high))
                low_size += 1
                high_size -= 1
                prune(high, 1)
            if i >= k - 1:
                res.append(-low[0])
        return res
