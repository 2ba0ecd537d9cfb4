#!/usr/bin/env python3
"""Random tests of trapping-rain-water for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of bars.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([3, 100, 10**9])
    shape = rng.random()
    if shape < 0.2:  # tall walls at the ends, low bars between: totals past 32 bits
        heights = [rng.randint(0, top // 10) for _ in range(n)]
        heights[0] = heights[-1] = top
    elif shape < 0.4:  # sorted runs up or down, with ties
        heights = sorted(rng.randint(0, top) for _ in range(n))
        if rng.random() < 0.5:
            heights.reverse()
    else:
        heights = [rng.randint(0, top) for _ in range(n)]
    print(n)
    print(" ".join(map(str, heights)))


if __name__ == "__main__":
    main()
