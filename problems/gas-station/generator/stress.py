#!/usr/bin/env python3
"""Random tests of gas-station for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of stations.
The total of gas - cost is pushed near zero (often exactly 0 or -1), where the answer flips.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 200000))
    top = rng.choice([1, 3, 10, 10**4])
    d = [rng.randint(-top, top) for _ in range(n)]
    target = rng.choice([0, -1, 1, rng.randint(-3 * top, 3 * top)])
    excess = sum(d) - target
    for _ in range(4 * n):
        if excess == 0:
            break
        i = rng.randrange(n)
        step = max(-top - d[i], min(top - d[i], -excess))
        d[i] += step
        excess += step
    gas, cost = [], []
    for x in d:
        base = rng.randint(0, 10**4 - abs(x)) if rng.random() < 0.5 else 0
        gas.append(base + max(x, 0))
        cost.append(base + max(-x, 0))
    print(n)
    print(" ".join(map(str, gas)))
    print(" ".join(map(str, cost)))


if __name__ == "__main__":
    main()
