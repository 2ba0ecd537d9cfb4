#!/usr/bin/env python3
"""Random tests of subarray-sum-equals-k for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array.
"""
import random
import sys

MAX_N = 200000
MAXV = 10**4
MAXK = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    top = rng.choice([1, 3, 20, MAXV])
    low = rng.choice([-top, -top, 0])  # now and then no negative numbers
    values = [rng.randint(low, top) for _ in range(n)]
    kind = rng.random()
    if kind < 0.6:  # the sum of some subarray: at least one match
        i = rng.randrange(n)
        j = rng.randint(i + 1, n)
        k = sum(values[i:j])
    elif kind < 0.8:
        k = 0
    else:
        k = rng.randint(-min(MAXK, 3 * top), min(MAXK, 3 * top))
    sys.stdout.write("%d %d\n%s\n" % (n, k, " ".join(map(str, values))))


if __name__ == "__main__":
    main()
