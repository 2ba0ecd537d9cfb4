# WRONG: checks the columns and the r - c diagonals but forgets the r + c anti-diagonals, so
# queens attacking each other along "/" are counted as safe (n = 2 already gives 1, not 0).
class Solution:
    def totalNQueens(self, n):
        cols, diagonals = set(), set()

        def place(row):
            if row == n:
                return 1
            count = 0
            for col in range(n):
                if col in cols or row - col in diagonals:
                    continue
                cols.add(col)
                diagonals.add(row - col)
                count += place(row + 1)
                cols.remove(col)
                diagonals.remove(row - col)
            return count

        return place(0)
