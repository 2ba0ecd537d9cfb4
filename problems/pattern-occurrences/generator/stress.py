#!/usr/bin/env python3
"""Random tests of pattern-occurrences for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the text (at
most 500000) and of the pattern (at most 100000).
"""
import random
import string
import sys

MAXN, MAXM = 500000, 100000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAXN))
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 26])]
    m = rng.randint(1, min(max(1, n // rng.choice([1, 2, 4, 10])), MAXM))
    if rng.random() < 0.5:  # a periodic pattern, repeated in the text: many overlaps
        unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        pattern = (unit * m)[:m]
        text = "".join(rng.choice([unit, rng.choice(alphabet)]) for _ in range(n))[:n]
    else:
        pattern = "".join(rng.choice(alphabet) for _ in range(m))
        text = "".join(rng.choice(alphabet) for _ in range(n))
    print(text)
    print(pattern)


if __name__ == "__main__":
    main()
