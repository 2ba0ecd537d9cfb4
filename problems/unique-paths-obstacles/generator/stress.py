#!/usr/bin/env python3
"""Random tests of unique-paths-obstacles for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of cells (rows and
columns at most 1000 each). The obstacle density varies from none to dense enough that most
grids have no path; now and then the start or the end cell is blocked.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    rows = rng.randint(1, min(1000, size))
    cols = rng.randint(1, max(1, min(1000, size // rows)))
    if rng.random() < 0.5:
        rows, cols = cols, rows
    density = rng.choice([0.0, 0.05, 0.15, 0.3, 0.45])
    grid = [["#" if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
    ends = rng.random()
    grid[0][0] = "#" if ends < 0.1 else "."
    grid[-1][-1] = "#" if 0.1 <= ends < 0.2 else "."
    if rows == cols == 1:
        grid[0][0] = rng.choice("..#")
    print(rows, cols)
    print("\n".join("".join(row) for row in grid))


if __name__ == "__main__":
    main()
