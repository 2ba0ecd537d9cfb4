# Backtracking row by row: a queen goes in a column of the current row that no earlier queen
# attacks, tracked in three sets (columns, r - c diagonals, r + c anti-diagonals).
class Solution:
    def totalNQueens(self, n):
        cols, diagonals, anti_diagonals = set(), set(), set()

        def place(row):
            if row == n:
                return 1
            count = 0
            for col in range(n):
                if col in cols or row - col in diagonals or row + col in anti_diagonals:
                    continue
                cols.add(col)
                diagonals.add(row - col)
                anti_diagonals.add(row + col)
                count += place(row + 1)
                cols.remove(col)
                diagonals.remove(row - col)
                anti_diagonals.remove(row + col)
            return count

        return place(0)
