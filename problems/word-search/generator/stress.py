#!/usr/bin/env python3
"""Random tests of word-search for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of cells of the
grid (at most 8 x 8) and the number of words (at most 100). Small alphabets make words that
are really in the grid, and ones that miss only because a cell would be used twice.
"""
import random
import sys

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    rows = rng.randint(1, min(8, size))
    cols = rng.randint(1, max(1, min(8, size // rows)))
    alphabet = "abcdefghijklmnopqrstuvwxyz"[:rng.choice([1, 2, 3, 5, 26])]
    grid = ["".join(rng.choice(alphabet) for _ in range(cols)) for _ in range(rows)]
    words = []
    for _ in range(rng.randint(1, min(100, size))):
        length = rng.randint(1, 12)
        if rng.random() < 0.3:
            words.append("".join(rng.choice(alphabet) for _ in range(length)))
            continue
        # a walk through the grid; half the time it may step back onto a used cell
        avoid = rng.random() < 0.5
        r, c = rng.randrange(rows), rng.randrange(cols)
        seen = {(r, c)}
        letters = [grid[r][c]]
        while len(letters) < length:
            nexts = [(r + dr, c + dc) for dr, dc in STEPS
                     if 0 <= r + dr < rows and 0 <= c + dc < cols
                     and not (avoid and (r + dr, c + dc) in seen)]
            if not nexts:
                break
            r, c = rng.choice(nexts)
            seen.add((r, c))
            letters.append(grid[r][c])
        words.append("".join(letters))
    sys.stdout.write("%d %d\n%s\n%d\n%s\n" % (rows, cols, "\n".join(grid), len(words),
                                              "\n".join(words)))


if __name__ == "__main__":
    main()
