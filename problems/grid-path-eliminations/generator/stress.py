#!/usr/bin/env python3
"""Random tests of grid-path-eliminations for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of cells.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    cells = rng.randint(1, min(size, 40000))
    rows = rng.randint(1, cells)
    cols = max(1, cells // rows)
    density = rng.choice([0.0, 0.2, 0.4, 0.6, 0.8])
    k = rng.randint(0, min(40, rows + cols))
    grid = [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = grid[-1][-1] = "0"
    print(rows, cols, k)
    for row in grid:
        print("".join(row))


if __name__ == "__main__":
    main()
