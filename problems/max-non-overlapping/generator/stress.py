#!/usr/bin/env python3
"""Random tests of max-non-overlapping for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of intervals.
Small time ranges make intervals touch (one ends where another starts) often.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 200000))
    top = rng.choice([5, 20, 3 * n + 10, 10**9])
    longest = rng.choice([1, 3, max(1, top // 4), top])
    iv = []
    for _ in range(n):
        s = rng.randint(0, top - 1)
        e = min(top, s + rng.randint(1, longest))
        iv.append((s, e))
    print(n)
    print("\n".join("%d %d" % m for m in iv))


if __name__ == "__main__":
    main()
