# Too slow: compares every pair of words, not only neighbours: O(n^2 L), 5 * 10^7 pairs at
# n = 10^4. (Correct: the extra edges all follow from the neighbours' ones.)
import heapq


class Solution:
    def alienOrder(self, words):
        letters = set("".join(words))
        after = {c: set() for c in letters}
        pairs = ((words[i], words[j]) for i in range(len(words)) for j in range(i + 1, len(words)))
        for a, b in pairs:
            for x, y in zip(a, b):
                if x != y:
                    after[x].add(y)
                    break
            else:
                if len(a) > len(b):
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
