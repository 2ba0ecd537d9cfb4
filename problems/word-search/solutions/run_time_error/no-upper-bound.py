# RUN-TIME ERROR: checks r < 0 and c < 0 but not r >= rows or c >= cols, so stepping past
# the last row or column indexes outside the board (IndexError). (Stepping to -1 would not
# even fail in Python: it wraps to the last row.)
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])

        def dfs(r, c, i):
            if r < 0 or c < 0 or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"
            found = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or \
                dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
