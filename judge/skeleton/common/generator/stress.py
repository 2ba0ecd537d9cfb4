#!/usr/bin/env python3
"""The package's generator (docs/authoring.md): `stress.py SEED SIZE` prints one valid input.

`judge gen` runs it once per generated test and `judge stress` once per random test, each time
in the sandbox, with SEED a number from 0 to 2^31 - 1 and SIZE from 1 up: how big the test
should be (about the number of items), to be clamped to the problem's constraints. The same
SEED and SIZE must print the same input, byte for byte: take every random choice from the
random.Random made from them, never from the clock.

This one writes the example problem's input (n, then n numbers): edit it for yours.
"""
import random
import sys

MAX_N = 200000
MAX_VALUE = 10**9


def main():
    seed, size = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random("%d/%d" % (seed, size))
    n = max(1, min(size, MAX_N))
    # Small values for small tests now and then; large ones whose sum leaves 32 bits.
    kind = rng.choice(["small", "large", "mixed"] if n < 100 else ["large", "mixed"])
    if kind == "small":
        values = [rng.randint(-10, 10) for _ in range(n)]
    elif kind == "large":
        sign = rng.choice([-1, 1])
        values = [sign * rng.randint(MAX_VALUE // 2, MAX_VALUE) for _ in range(n)]
    else:
        values = [rng.randint(-MAX_VALUE, MAX_VALUE) for _ in range(n)]
    sys.stdout.write("%d\n%s\n" % (n, " ".join(map(str, values))))


if __name__ == "__main__":
    main()
