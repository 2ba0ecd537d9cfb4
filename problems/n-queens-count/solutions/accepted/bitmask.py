# Backtracking with bitmasks: the attacked columns and the two diagonals' shadows on the next
# row are three integers; the free squares of a row are one AND-NOT away.
class Solution:
    def totalNQueens(self, n):
        full = (1 << n) - 1

        def solve(cols, left, right):
            if cols == full:
                return 1
            count = 0
            free = full & ~(cols | left | right)
            while free:
                bit = free & -free
                free ^= bit
                count += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
            return count

        return solve(0, 0, 0)
