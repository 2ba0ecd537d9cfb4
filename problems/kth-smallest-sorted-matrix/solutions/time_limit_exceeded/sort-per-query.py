# Flattens and sorts the whole matrix again for every query: O(q · n^2 log n).
class Solution:
    def kthSmallest(self, matrix, queries):
        res = []
        for k in queries:
            values = sorted(v for row in matrix for v in row)
            res.append(values[k - 1])
        return res
