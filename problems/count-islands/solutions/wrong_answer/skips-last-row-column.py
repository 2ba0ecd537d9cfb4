# WRONG: off-by-one in the scan bounds: the last row and the last column are never visited.
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    g = [list(row) for row in data[2:2 + n]]
    islands = 0
    for r in range(n - 1):
        for c in range(m - 1):
            if g[r][c] != "#":
                continue
            islands += 1
            g[r][c] = "."
            stack = [(r, c)]
            while stack:
                cr, cc = stack.pop()
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if 0 <= nr < n - 1 and 0 <= nc < m - 1 and g[nr][nc] == "#":
                        g[nr][nc] = "."
                        stack.append((nr, nc))
    print(islands)


main()
