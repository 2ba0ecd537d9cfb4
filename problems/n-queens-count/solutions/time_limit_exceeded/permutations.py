# TOO SLOW: one queen per row and per column is a permutation of the columns; tries all n!
# of them and checks the diagonals of each (11! is about 40 million permutations).
from itertools import permutations


class Solution:
    def totalNQueens(self, n):
        count = 0
        for perm in permutations(range(n)):
            if len({r - c for r, c in enumerate(perm)}) == n and \
               len({r + c for r, c in enumerate(perm)}) == n:
                count += 1
        return count
