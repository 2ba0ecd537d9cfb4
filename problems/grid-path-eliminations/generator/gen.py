#!/usr/bin/env python3
"""Test generator for grid-path-eliminations: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261202
MAXCELLS, MAXK = 40000, 40


def write(outdir, name, grid, k):
    rows, cols = len(grid), len(grid[0])
    assert rows * cols <= MAXCELLS and 0 <= k <= MAXK
    assert all(len(row) == cols and set(row) <= {0, 1} for row in grid)
    assert grid[0][0] == 0 and grid[-1][-1] == 0
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{rows} {cols} {k}\n")
        f.write("".join("".join(map(str, row)) + "\n" for row in grid))


def parse(text):
    return [[int(ch) for ch in line] for line in text.split()]


def random_grid(rng, rows, cols, density):
    grid = [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = grid[-1][-1] = 0
    return grid


def serpentine(rows, cols):
    """Walls on every other row, each with one gap at alternating ends: a long winding corridor
    whose one-cell-thick walls are worth breaking through when k allows."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(1, rows - 1, 2):
        for c in range(cols):
            grid[r][c] = 1
        grid[r][cols - 1 if (r // 2) % 2 == 0 else 0] = 0
    return grid


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    sample = parse("""
        0000
        1110
        0000
        0111
        0110
        0100
    """)
    write(outdir, "sample-1", sample, 1)
    write(outdir, "sample-2", parse("011\n111\n110"), 1)

    write(outdir, "01-single-cell", [[0]], 0)
    write(outdir, "02-row-open", [[0] * 7], 0)
    write(outdir, "03-row-walls-too-many", parse("0110110"), 3)
    write(outdir, "04-row-walls-exact", parse("0110110"), 4)
    # (2, 3) is 5 steps away both through the wall at (1, 3) and round it with no wall broken;
    # only the second can go on through the wall at (2, 4) or (3, 3) to the corner. A search
    # that keeps only the first visit of each cell may keep the one that spent the wall.
    write(outdir, "05-first-visit-is-not-enough", parse("""
        000001
        100111
        100011
        011100
    """), 1)
    write(outdir, "06-column-k0-blocked", [[0], [0], [1], [0]], 0)
    write(outdir, "07-k-covers-everything", [[0] + [1] * 9] + [[1] * 10 for _ in range(8)] + [[1] * 9 + [0]], MAXK)
    for i, (rows, cols, density, k) in enumerate([(6, 6, 0.4, 1), (8, 5, 0.5, 2), (10, 10, 0.35, 1)]):
        write(outdir, f"{8 + i:02d}-random-small-{rows}x{cols}", random_grid(rng, rows, cols, density), k)
    # Open enough that trying every path cannot finish.
    write(outdir, "11-open-15x15", random_grid(rng, 15, 15, 0.1), 2)
    write(outdir, "12-random-60x60-k5", random_grid(rng, 60, 60, 0.45), 5)
    write(outdir, "13-serpentine-k0", serpentine(199, 201), 0)
    write(outdir, "14-serpentine-k3", serpentine(199, 201), 3)
    write(outdir, "15-random-120x120-k40", random_grid(rng, 120, 120, 0.5), MAXK)
    write(outdir, "16-random-200x200-k10", random_grid(rng, 200, 200, 0.38), 10)
    write(outdir, "17-one-row", random_grid(rng, 1, MAXCELLS, 0.001), MAXK)
    write(outdir, "18-random-100x400-k10", random_grid(rng, 100, 400, 0.4), 10)


if __name__ == "__main__":
    main()
