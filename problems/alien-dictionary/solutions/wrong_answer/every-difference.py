# Wrong: an edge for every position where two neighbouring words differ, not only the first.
# Only the first difference decides the order; the later letters say nothing.
import heapq


class Solution:
    def alienOrder(self, words):
        letters = set("".join(words))
        after = {c: set() for c in letters}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    after[x].add(y)
            if a.startswith(b) and len(a) > len(b):
                return ""
        indegree = {c: 0 for c in letters}
        for x in letters:
            for y in after[x]:
                indegree[y] += 1
        heap = [c for c in letters if indegree[c] == 0]
        heapq.heapify(heap)
        order = []
        while heap:
            x = heapq.heappop(heap)
            order.append(x)
            for y in after[x]:
                indegree[y] -= 1
                if indegree[y] == 0:
                    heapq.heappush(heap, y)
        return "".join(order) if len(order) == len(letters) else ""
