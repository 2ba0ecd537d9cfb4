# WRONG: never marks the cells of the current path, so a word may step back onto a cell it
# already used ("aba" is found in a grid holding one a next to a b).
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        last = len(word) - 1

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == last:
                return True
            return ((r + 1 < rows and dfs(r + 1, c, i + 1)) or
                    (r > 0 and dfs(r - 1, c, i + 1)) or
                    (c + 1 < cols and dfs(r, c + 1, i + 1)) or
                    (c > 0 and dfs(r, c - 1, i + 1)))

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
