# Iterative flood fill over a flat bytearray padded with water, so neighbours need no bounds checks.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 1  # one water column after each row also pads the left side of the next row
    grid = bytearray(b"." * w)
    for row in data[2:2 + n]:
        grid += row + b"."
    grid += b"." * w
    land = 35  # ord('#')
    water = 46  # ord('.')
    islands = 0
    pos = grid.find(b"#")
    while pos != -1:
        islands += 1
        grid[pos] = water
        stack = [pos]
        pop = stack.pop
        push = stack.append
        while stack:
            p = pop()
            q = p + 1
            if grid[q] == land:
                grid[q] = water
                push(q)
            q = p - 1
            if grid[q] == land:
                grid[q] = water
                push(q)
            q = p + w
            if grid[q] == land:
                grid[q] = water
                push(q)
            q = p - w
            if grid[q] == land:
                grid[q] = water
                push(q)
        pos = grid.find(b"#", pos)
    print(islands)


main()
