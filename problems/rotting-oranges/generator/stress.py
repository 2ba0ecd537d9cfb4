#!/usr/bin/env python3
"""Random tests of rotting-oranges for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of cells (at most
300 000, each side at most 1000). Empty cells are common enough that some fresh oranges are
often shut in (-1), and now and then there is no rotten or no fresh orange at all.
"""
import random
import sys

MAX_SIDE = 1000
MAX_CELLS = 300000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    cells = rng.randint(1, min(size, MAX_CELLS))
    rows = rng.randint(1, min(MAX_SIDE, cells))
    cols = max(1, min(MAX_SIDE, cells // rows))
    empty = rng.choice([0.0, 0.1, 0.3, 0.5])
    rotten = rng.choice([0.0, 0.01, 0.1, 0.3])
    fresh = rng.choice([0.0, 1.0, 1.0, 1.0])
    print(rows, cols)
    for _ in range(rows):
        row = []
        for _ in range(cols):
            if rng.random() < empty:
                row.append("0")
            elif rng.random() < rotten:
                row.append("2")
            else:
                row.append("1" if rng.random() < fresh else "0")
        print("".join(row))


if __name__ == "__main__":
    main()
