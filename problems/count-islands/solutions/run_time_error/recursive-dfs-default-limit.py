# CRASHES: recursive DFS under Python's default recursion limit (1000) raises RecursionError on
# long islands such as the spiral and the snake.
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = [list(row) for row in data[2:2 + n]]

    def dfs(r, c):
        g[r][c] = "."
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and g[nr][nc] == "#":
                dfs(nr, nc)

    islands = 0
    for r in range(n):
        for c in range(m):
            if g[r][c] == "#":
                islands += 1
                dfs(r, c)
    print(islands)


main()
