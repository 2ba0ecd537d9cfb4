#!/usr/bin/env python3
"""Test generator for unique-paths-obstacles: writes OUTDIR/<name>.in for every test.

Each test's intended property (no path, a count past 32 or 64 bits before the modulo, a
first row cut by an obstacle) is asserted with a small solver, so that a change of seed
cannot silently make a test weaker.
"""
import os
import random
import sys

SEED = 20261203
MAXRC = 1000
MOD = 10**9 + 7


def count(grid, mod=None):
    """Paths with exact integers (mod=None) or modulo mod."""
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for row in grid:
        for j, ch in enumerate(row):
            if ch == "#":
                ways[j] = 0
            elif j > 0:
                ways[j] += ways[j - 1]
                if mod:
                    ways[j] %= mod
    return ways[-1]


def first_row_and_column_open(grid):
    """The common mistake: the first row and column set to 1 whatever their obstacles."""
    rows, cols = len(grid), len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if i == 0 or j == 0:
                ways[i][j] = 1
            elif grid[i][j] != "#":
                ways[i][j] = ways[i - 1][j] + ways[i][j - 1]
    return ways[-1][-1]


def write(outdir, name, grid, check=None):
    rows, cols = len(grid), len(grid[0])
    assert 1 <= rows <= MAXRC and 1 <= cols <= MAXRC
    assert all(len(row) == cols and set(row) <= set(".#") for row in grid)
    if check is not None:
        assert check(count(grid)), (name, count(grid))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n" % (rows, cols))
        f.write("\n".join(grid) + "\n")


def random_grid(rng, rows, cols, density):
    grid = [["#" if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = grid[-1][-1] = "."
    return ["".join(row) for row in grid]


def random_with_paths(rng, rows, cols, density, at_least=1):
    while True:
        grid = random_grid(rng, rows, cols, density)
        if count(grid) >= at_least:
            return grid


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)
    none = lambda a: a == 0
    some = lambda a: a > 0

    write(outdir, "sample-1", ["...", ".#.", "..."], lambda a: a == 2)
    write(outdir, "sample-2", ["#.", ".."], none)
    write(outdir, "sample-3", ["."], lambda a: a == 1)

    write(outdir, "01-one-blocked-cell", ["#"], none)
    write(outdir, "02-end-blocked", ["....", "....", "...#"], none)
    # Every path would exist but for the start: a solution that starts at 1 anyway counts them.
    grid = ["." * 10 for _ in range(10)]
    grid[0] = "#" + grid[0][1:]
    write(outdir, "03-start-blocked-open-rest", grid, none)
    write(outdir, "04-row-cut-by-obstacle", ["." * 20 + "#" + "." * 29], none)
    write(outdir, "05-column-open", ["."] * MAXRC, lambda a: a == 1)
    # An obstacle in the first row (and one in the first column): the cells past it are
    # reached only from above (or from the left).
    grid = [list(row) for row in random_grid(rng, 6, 9, 0.0)]
    grid[0][3] = "#"
    grid[4][0] = "#"
    grid = ["".join(row) for row in grid]
    assert first_row_and_column_open(grid) != count(grid)
    write(outdir, "06-first-row-and-column-cut", grid, some)
    write(outdir, "07-walls-without-gap", ["...#", "..#.", ".#..", "#..."], none)
    # C(30, 15) = 155 117 520 paths: below the modulus; a recursion over paths makes 10^8 calls.
    write(outdir, "08-open-16x16", ["." * 16] * 16, lambda a: a == 155117520)
    # C(38, 19) > 2^32: the count overflows 32 bits and exceeds the modulus.
    write(outdir, "09-open-20x20", ["." * 20] * 20, lambda a: a > 2**32)
    # C(78, 39) > 2^64: the count overflows 64 bits too.
    write(outdir, "10-open-40x40", ["." * 40] * 40, lambda a: a > 2**64)
    write(outdir, "11-random-small", random_with_paths(rng, 7, 9, 0.2), some)
    write(outdir, "12-random-medium", random_with_paths(rng, 120, 90, 0.15, 2**64), some)
    write(outdir, "13-random-dense-no-path", random_grid(rng, 150, 200, 0.45), none)
    # A long strip of two rows: the top row open up to column a, the bottom one from column
    # b on, obstacles elsewhere: the route goes down in one of the columns b..a.
    a, b = 700, 300
    top = "".join("." if j <= a or rng.random() < 0.5 else "#" for j in range(MAXRC))
    bottom = "".join("." if j >= b or rng.random() < 0.5 else "#" for j in range(MAXRC))
    write(outdir, "14-strip-2x1000", [top[:a + 1] + "#" + top[a + 2:],
                                      bottom[:b - 1] + "#" + bottom[b:]],
          lambda n: n == a - b + 1)
    write(outdir, "15-random-300x300", random_with_paths(rng, 300, 300, 0.1, 2**64), some)
    # The largest grids: every cell open, then random obstacles (answers modulo 1e9+7).
    write(outdir, "16-max-open", ["." * MAXRC] * MAXRC, some)
    write(outdir, "17-max-random", random_with_paths(rng, MAXRC, MAXRC, 0.1, 2**64), some)


if __name__ == "__main__":
    main()
