#!/usr/bin/env python3
"""Test generator for rotting-oranges: writes OUTDIR/<name>.in for every test.

Each test's intended property (the answer, or its sign) is asserted with a small solver, so
that a change of seed cannot silently make a test weaker.
"""
import os
import random
import sys
from collections import deque

SEED = 20261203
MAX_SIDE = 1000
MAX_CELLS = 300000


def solve(grid):
    rows, cols = len(grid), len(grid[0])
    dist = {}
    queue = deque()
    fresh = 0
    for i in range(rows):
        for j in range(cols):
            if grid[i][j] == 2:
                dist[i, j] = 0
                queue.append((i, j))
            elif grid[i][j] == 1:
                fresh += 1
    minutes = 0
    while queue:
        i, j = queue.popleft()
        for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1 and (a, b) not in dist:
                dist[a, b] = dist[i, j] + 1
                minutes = max(minutes, dist[a, b])
                fresh -= 1
                queue.append((a, b))
    return -1 if fresh else minutes


def per_source_max(grid):
    """The wrong answer: a search from each rotten orange alone, the largest distance any one
    of them reaches (and -1 when some fresh orange is reached by none)."""
    rows, cols = len(grid), len(grid[0])
    reached, best = set(), 0
    for si in range(rows):
        for sj in range(cols):
            if grid[si][sj] != 2:
                continue
            dist = {(si, sj): 0}
            queue = deque([(si, sj)])
            while queue:
                i, j = queue.popleft()
                for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1 and (a, b) not in dist:
                        dist[a, b] = dist[i, j] + 1
                        best = max(best, dist[a, b])
                        reached.add((a, b))
                        queue.append((a, b))
    fresh = sum(row.count(1) for row in grid)
    return -1 if len(reached) < fresh else best


def parse(text):
    return [[int(ch) for ch in row] for row in text.split()]


def write(outdir, name, grid, check=None):
    rows, cols = len(grid), len(grid[0])
    assert 1 <= rows <= MAX_SIDE and 1 <= cols <= MAX_SIDE and rows * cols <= MAX_CELLS
    assert all(len(row) == cols and all(x in (0, 1, 2) for x in row) for row in grid)
    if check is not None:
        assert check(solve(grid)), (name, solve(grid))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n" % (rows, cols))
        f.write("".join("".join(map(str, row)) + "\n" for row in grid))


def random_grid(rng, rows, cols, empty, rotten):
    return [[0 if rng.random() < empty else 2 if rng.random() < rotten else 1
             for _ in range(cols)] for _ in range(rows)]


def clear_unreached(grid):
    """Empties every fresh cell no rotten orange reaches: the grid then rots completely."""
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    queue = deque()
    for i in range(rows):
        for j in range(cols):
            if grid[i][j] == 2:
                seen[i][j] = True
                queue.append((i, j))
    while queue:
        i, j = queue.popleft()
        for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1 and not seen[a][b]:
                seen[a][b] = True
                queue.append((a, b))
    for i in range(rows):
        for j in range(cols):
            if grid[i][j] == 1 and not seen[i][j]:
                grid[i][j] = 0
    return grid


def snake(rows, cols):
    """Fresh oranges along one path that sweeps the rows back and forth (walls between the
    rows, one gap at alternate ends), a rotten one at its start: the answer is the path's
    length less one, about rows * cols / 2 minutes."""
    grid = []
    for i in range(rows):
        if i % 2 == 0:
            grid.append([1] * cols)
        elif i % 4 == 1:
            grid.append([0] * (cols - 1) + [1])
        else:
            grid.append([1] + [0] * (cols - 1))
    grid[0][0] = 2
    return grid


def spiral(side):
    """Fresh oranges along a spiral corridor walled by empty cells, a rotten one at its outer
    end; the path winds into the centre."""
    grid = [[0] * side for _ in range(side)]
    i = j = 0
    di, dj = 0, 1
    grid[0][0] = 1

    def free(a, b):
        # a cell may join the path when it is inside and touches no path cell but (i, j)
        if not (0 <= a < side and 0 <= b < side) or grid[a][b]:
            return False
        for x, y in ((a - 1, b), (a + 1, b), (a, b - 1), (a, b + 1)):
            if (x, y) != (i, j) and 0 <= x < side and 0 <= y < side and grid[x][y]:
                return False
        return True

    while True:
        if free(i + di, j + dj):
            i, j = i + di, j + dj
        else:
            di, dj = dj, -di  # turn right
            if not free(i + di, j + dj):
                break
            i, j = i + di, j + dj
        grid[i][j] = 1
    grid[0][0] = 2
    return grid


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    sample1 = parse("21111 11011 11112")
    assert solve(sample1) == 3 and per_source_max(sample1) == 5
    write(outdir, "sample-1", sample1)
    write(outdir, "sample-2", parse("2110 0001"), lambda a: a == -1)
    write(outdir, "sample-3", parse("00 20"), lambda a: a == 0)

    write(outdir, "01-single-empty", [[0]], lambda a: a == 0)
    write(outdir, "02-single-fresh", [[1]], lambda a: a == -1)
    write(outdir, "03-single-rotten", [[2]], lambda a: a == 0)
    write(outdir, "04-fresh-no-rotten", [[1] * 4 for _ in range(3)], lambda a: a == -1)
    write(outdir, "05-all-empty", [[0] * 7 for _ in range(5)], lambda a: a == 0)
    # Two rotten oranges at the ends of a row meet in the middle.
    row = [[2] + [1] * 997 + [2]]
    assert per_source_max(row[:]) == 997
    write(outdir, "06-row-two-ends", row, lambda a: a == 499)
    column = [[1] for _ in range(1000)]
    column[300][0] = 2
    write(outdir, "07-column", column, lambda a: a == 699)
    # One fresh orange shut in by empty cells in the far corner of a rotting grid.
    grid = [[1] * 60 for _ in range(40)]
    grid[0][0] = 2
    grid[38][59] = grid[39][58] = 0
    write(outdir, "08-corner-shut-in", grid, lambda a: a == -1)
    grid = next(g for g in iter(lambda: random_grid(rng, 8, 9, 0.2, 0.1), None)
                if solve(g) > 0 and per_source_max(g) != solve(g))
    write(outdir, "09-random-small", grid)
    grid = next(g for g in iter(lambda: random_grid(rng, 10, 10, 0.35, 0.05), None)
                if solve(g) == -1)
    write(outdir, "10-random-small-unreachable", grid)
    write(outdir, "11-random-medium", clear_unreached(random_grid(rng, 100, 120, 0.25, 0.01)),
          lambda a: a > 0)
    write(outdir, "12-snake-medium", snake(40, 50), lambda a: a > 900)
    # The largest grids.
    write(outdir, "13-max-snake", snake(300, 1000), lambda a: a > 140000)
    write(outdir, "14-max-spiral", spiral(547), lambda a: a > 140000)
    grid = random_grid(rng, 1000, 300, 0.1, 0.0)
    grid[rng.randrange(1000)][rng.randrange(300)] = 2
    write(outdir, "15-max-one-source", clear_unreached(grid), lambda a: a > 0)
    write(outdir, "16-max-many-sources", clear_unreached(random_grid(rng, 548, 547, 0.05, 0.02)),
          lambda a: a > 0)
    grid = [[1] * 1000 for _ in range(300)]
    grid[0][0] = 2
    grid[299][998] = grid[298][999] = 0
    write(outdir, "17-max-far-corner-shut-in", grid, lambda a: a == -1)


if __name__ == "__main__":
    main()
