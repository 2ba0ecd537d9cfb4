#!/usr/bin/env python3
"""Random tests of two-sum for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(2, max(2, size))
    top = rng.choice([max(10, 4 * n), 10**9])
    target = rng.randint(-top, top)
    a = rng.randint(max(-top, target - top), min(top, target + top))
    pos = rng.sample(range(n), 2)
    vals = [None] * n
    present = {}

    def put(i, v):
        vals[i] = v
        present[v] = present.get(v, 0) + 1

    put(pos[0], a)
    put(pos[1], target - a)
    free = [i for i in range(n) if vals[i] is None]
    if free and target % 2 == 0 and target // 2 not in present and rng.random() < 0.5:
        put(rng.choice(free), target // 2)  # half the target, once: no pair with itself
    for i in range(n):
        if vals[i] is not None:
            continue
        while True:  # exactly one pair: target - f must not be there yet
            f = rng.randint(-top, top)
            if target - f not in present:
                break
        put(i, f)
    print(n, target)
    print(" ".join(map(str, vals)))

if __name__ == "__main__":
    main()
