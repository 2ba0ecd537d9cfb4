# TOO SLOW: walks every path of len(word) cells from every cell and compares the letters only
# at the end, instead of giving up on a path as soon as a letter differs. Correct, but an
# 8 x 8 grid has millions of paths of 12 cells.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        used = [[False] * cols for _ in range(rows)]
        path = []

        def walk(r, c):
            path.append(board[r][c])
            if len(path) == len(word):
                found = "".join(path) == word
            else:
                used[r][c] = True
                found = any(walk(nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                            if 0 <= nr < rows and 0 <= nc < cols and not used[nr][nc])
                used[r][c] = False
            path.pop()
            return found

        return any(walk(r, c) for r in range(rows) for c in range(cols))
