#!/usr/bin/env python3
"""Test generator for count-islands: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261123


def write(outdir, name, grid):
    n, m = len(grid), len(grid[0])
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {m}\n")
        f.write("\n".join(grid))
        f.write("\n")


def write_raw(outdir, name, text):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(text)


def random_grid(rng, n, m, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(m)) for _ in range(n)]


def snake(n, m):
    # Full rows joined by one-cell connectors at alternating ends: a single simple path of
    # about n*m/2 cells that starts at (0, 0), so a recursive DFS started there goes that deep.
    rows = []
    for r in range(n):
        if r % 2 == 0:
            rows.append("#" * m)
        elif (r // 2) % 2 == 0:
            rows.append("." * (m - 1) + "#")
        else:
            rows.append("#" + "." * (m - 1))
    return rows


def spiral(size):
    # A square spiral corridor of land one cell wide with water walls one cell wide: one
    # long island drawn by walking n-1, n-1, n-1, n-3, n-3, n-5, n-5, ... cells, turning right.
    g = [["." for _ in range(size)] for _ in range(size)]
    lengths = [size - 1, size - 1, size - 1]
    k = 3
    while size - k > 0:
        lengths += [size - k, size - k]
        k += 2
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = 0
    g[0][0] = "#"
    for i, length in enumerate(lengths):
        dr, dc = dirs[i % 4]
        for _ in range(length):
            r += dr
            c += dc
            g[r][c] = "#"
    return ["".join(row) for row in g]


def rings(size):
    # Concentric square rings of land separated by water: one island per ring.
    g = [["." for _ in range(size)] for _ in range(size)]
    k = 0
    while 2 * k < size:
        lo, hi = 2 * k, size - 1 - 2 * k
        if lo > hi:
            break
        for i in range(lo, hi + 1):
            g[lo][i] = g[hi][i] = g[i][lo] = g[i][hi] = "#"
        k += 1
    return ["".join(row) for row in g]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write_raw(outdir, "sample-1", "4 5\n##..#\n#...#\n..#..\n.....\n")
    write_raw(outdir, "sample-2", "3 3\n#.#\n.#.\n#.#\n")

    write(outdir, "01-min-water", ["."])
    write(outdir, "02-min-land", ["#"])
    write(outdir, "03-single-row", ["".join(rng.choice("#..") for _ in range(1000))])
    write(outdir, "04-single-column", [rng.choice("#..") for _ in range(1000)])
    write(outdir, "05-all-water", ["." * 300 for _ in range(300)])
    write(outdir, "06-all-land", ["#" * 400 for _ in range(400)])

    # Land only along the last row and the last column, in separate pieces: catches loops
    # that stop one short of the border.
    n, m = 60, 80
    g = [["." for _ in range(m)] for _ in range(n)]
    for c in range(0, m, 3):
        g[n - 1][c] = "#"
    for r in range(0, n - 1, 3):
        g[r][m - 1] = "#"
    g[n - 1][m - 1] = "#"
    write(outdir, "07-last-row-and-column", ["".join(row) for row in g])

    # Cells that touch only diagonally are separate islands.
    diag = []
    for r in range(50):
        diag.append("".join("#" if (c - r) % 4 == 0 or (c + r) % 7 == 0 else "." for c in range(50)))
    write(outdir, "08-diagonal-touching", diag)

    write(outdir, "09-rings", rings(199))
    write(outdir, "10-spiral", spiral(301))
    write(outdir, "11-random-sparse", random_grid(rng, 400, 400, 0.15))
    write(outdir, "12-random-dense", random_grid(rng, 300, 500, 0.62))
    write(outdir, "13-max-checkerboard",
          ["".join("#" if (r + c) % 2 == 0 else "." for c in range(1000)) for r in range(1000)])
    write(outdir, "14-max-snake", snake(1000, 1000))
    write(outdir, "15-max-random", random_grid(rng, 1000, 1000, 0.55))


if __name__ == "__main__":
    main()
