#!/usr/bin/env python3
"""Random tests of house-robber for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of houses (clamped
to 200 000).
"""
import random
import sys

MAX_N = 200000
MAX_VALUE = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    kind = rng.choice(["small", "large", "mixed"])
    if kind == "small":  # many ties and gaps of two houses
        values = [rng.randint(0, 10) for _ in range(n)]
    elif kind == "large":  # totals past 32 bits
        values = [rng.randint(MAX_VALUE // 2, MAX_VALUE) for _ in range(n)]
    else:
        values = [rng.randint(0, MAX_VALUE) for _ in range(n)]
    sys.stdout.write("%d\n%s\n" % (n, " ".join(map(str, values))))


if __name__ == "__main__":
    main()
