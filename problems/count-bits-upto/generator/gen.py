#!/usr/bin/env python3
"""Test generator for count-bits-upto: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261202
MAX_N = 10**17
MAX_Q = 5000


def write(outdir, name, queries):
    assert 1 <= len(queries) <= MAX_Q and all(0 <= n <= MAX_N for n in queries)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(queries)}\n")
        f.write("".join(f"{n}\n" for n in queries))


def log_uniform(rng, hi=MAX_N):
    """A number from 0 to hi whose bit length is uniform: small, medium and huge alike."""
    bits = rng.randint(0, hi.bit_length())
    return rng.randint(0, min(hi, (1 << bits) - 1)) if bits else 0


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [0, 1, 5, 10])
    write(outdir, "sample-2", [7, 8, 2**32])

    write(outdir, "01-zero", [0])
    write(outdir, "02-all-below-1000", list(range(1000)))
    # Just below and above the 32-bit boundaries: where int arithmetic and int shifts break.
    write(outdir, "03-32-bit-boundaries",
          [2**30 - 1, 2**30, 2**31 - 1, 2**31, 2**31 + 1, 2**32 - 1, 2**32, 2**32 + 1,
           3 * 2**31, 2**33 - 1, 2**33])
    write(outdir, "04-powers-of-two",
          [v for k in range(57) for v in (2**k - 1, 2**k, 2**k + 1)])
    write(outdir, "05-largest-values",
          [MAX_N, MAX_N - 1, 2**56 - 1, 2**56, 10**16, 99999999999999999, 2**55 + 2**54 - 1])
    write(outdir, "06-random-small", [rng.randint(0, 10**6) for _ in range(200)])
    write(outdir, "07-random-32-bit", [rng.randint(0, 2**32) for _ in range(1000)])
    write(outdir, "08-random-35-to-45-bits", [rng.randint(2**34, 2**45) for _ in range(1000)])
    write(outdir, "09-max-log-uniform", [log_uniform(rng) for _ in range(MAX_Q)])
    write(outdir, "10-max-random-large", [rng.randint(MAX_N // 10, MAX_N) for _ in range(MAX_Q)])
    write(outdir, "11-max-near-limit", [MAX_N - rng.randint(0, 10**6) for _ in range(MAX_Q)])


if __name__ == "__main__":
    main()
