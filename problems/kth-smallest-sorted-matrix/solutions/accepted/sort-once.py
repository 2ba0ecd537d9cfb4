# All n*n values sorted once (O(n^2 log n)); every query is then one index.
class Solution:
    def kthSmallest(self, matrix, queries):
        values = sorted(v for row in matrix for v in row)
        return [values[k - 1] for k in queries]
