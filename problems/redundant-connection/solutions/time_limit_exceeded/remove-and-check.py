# TOO SLOW: tries the edges from the last to the first, each time removing it and checking
# with a breadth-first search whether the other n - 1 edges still connect every node.
# Correct, but O(n^2) when the answer comes early in the input.
class Solution:
    def findRedundantConnection(self, edges):
        n = len(edges)
        adjacent = [[] for _ in range(n + 1)]
        for i, (u, v) in enumerate(edges):
            adjacent[u].append((v, i))
            adjacent[v].append((u, i))
        for skip in range(n - 1, -1, -1):
            seen = [False] * (n + 1)
            seen[1] = True
            queue = [1]
            for x in queue:
                for y, i in adjacent[x]:
                    if i != skip and not seen[y]:
                        seen[y] = True
                        queue.append(y)
            if len(queue) == n:
                return edges[skip]
        return []
