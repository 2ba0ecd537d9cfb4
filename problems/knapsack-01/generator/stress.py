#!/usr/bin/env python3
"""Random tests of knapsack-01 for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of items (at most
200) and, times 500, the capacity (at most 100 000). Weights are light, heavy or mixed
against the capacity; values are small (many ties) or up to 10^9.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 200))
    capacity = rng.randint(1, min(100000, 500 * size))
    top_weight = rng.choice([10, max(1, capacity // 4), capacity, 100000])
    top_weight = max(1, min(100000, top_weight))
    top_value = rng.choice([10, 1000, 10**9])
    weights = [rng.randint(1, top_weight) for _ in range(n)]
    values = [rng.randint(1, top_value) for _ in range(n)]
    print(n, capacity)
    print(" ".join(map(str, weights)))
    print(" ".join(map(str, values)))


if __name__ == "__main__":
    main()
