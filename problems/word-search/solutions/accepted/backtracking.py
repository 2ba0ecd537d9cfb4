# Depth-first search from every cell: a cell of the current path is marked '#' in the board
# (this call's own copy) and gets its letter back when the search returns from it.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        last = len(word) - 1

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == last:
                return True
            board[r][c] = "#"
            found = ((r + 1 < rows and dfs(r + 1, c, i + 1)) or
                     (r > 0 and dfs(r - 1, c, i + 1)) or
                     (c + 1 < cols and dfs(r, c + 1, i + 1)) or
                     (c > 0 and dfs(r, c - 1, i + 1)))
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
