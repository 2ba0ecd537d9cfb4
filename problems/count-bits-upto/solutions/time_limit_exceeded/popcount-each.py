# Naive: bin(i).count("1") for every number from 1 to n, O(n) per query.
class Solution:
    def countBitsUpto(self, n):
        return sum(bin(i).count("1") for i in range(1, n + 1))
