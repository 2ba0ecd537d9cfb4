# TOO SLOW: adds the edges one by one; before adding u - v, a breadth-first search over the
# edges added so far asks whether u already reaches v (then u - v closes the cycle and is the
# answer). Correct, but each search can cover everything added so far: O(n^2) when the
# answer comes late in the input.
class Solution:
    def findRedundantConnection(self, edges):
        adjacent = [[] for _ in range(len(edges) + 1)]
        for u, v in edges:
            seen = {u}
            queue = [u]
            for x in queue:
                for y in adjacent[x]:
                    if y not in seen:
                        seen.add(y)
                        queue.append(y)
            if v in seen:
                return [u, v]
            adjacent[u].append(v)
            adjacent[v].append(u)
        return []
