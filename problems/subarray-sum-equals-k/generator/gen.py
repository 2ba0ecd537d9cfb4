#!/usr/bin/env python3
"""Test generator for subarray-sum-equals-k: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261202
MAX_N = 200000
MAXV = 10**4
MAXK = 10**9


def write(outdir, name, k, values):
    assert 1 <= len(values) <= MAX_N and -MAXK <= k <= MAXK
    assert all(-MAXV <= v <= MAXV for v in values)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(values)} {k}\n")
        f.write(" ".join(map(str, values)) + "\n")


def some_subarray_sum(rng, values, longest):
    """The sum of a random subarray of at most `longest` elements: a k that occurs."""
    i = rng.randrange(len(values))
    j = min(len(values), i + rng.randint(1, longest))
    return sum(values[i:j])


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 2, [1, 1, 1])
    write(outdir, "sample-2", 0, [1, -1, 2, -2, 0, 3])
    write(outdir, "sample-3", -3, [2, -5, 1, -1, 3, -6])

    write(outdir, "01-one-element-equal", -7, [-7])
    # No subarray sums to 0 here; counting the empty one (an insertion before the lookup)
    # answers 1.
    write(outdir, "02-one-element-zero-k", 0, [5])
    write(outdir, "03-zeros-k-zero", 0, [0] * 10)
    # A subarray that starts at index 0 needs the empty prefix (sum 0) counted once.
    write(outdir, "04-whole-array-only", 10, [4, 3, 2, 1])
    write(outdir, "05-negative-k", -6, [-1, -2, -3, 3, -6, 0, -4, -2, 2, -6])
    write(outdir, "06-unreachable-k", MAXK, [rng.randint(-MAXV, MAXV) for _ in range(1000)])
    write(outdir, "07-unreachable-negative-k", -MAXK, [rng.randint(-MAXV, MAXV) for _ in range(1000)])
    small = [rng.randint(-3, 3) for _ in range(30)]
    write(outdir, "08-random-small", some_subarray_sum(rng, small, 5), small)
    medium = [rng.randint(-20, 20) for _ in range(3000)]
    write(outdir, "09-random-medium", some_subarray_sum(rng, medium, 50), medium)
    # Positive numbers only: a sliding window is right here, and nowhere with negatives.
    positive = [rng.randint(1, 30) for _ in range(5000)]
    write(outdir, "10-positive-only", some_subarray_sum(rng, positive, 40), positive)
    # Exactly the windows of 1000 elements match: 19001 of them.
    write(outdir, "11-all-min", -MAXV * 1000, [-MAXV] * 20000)
    # The largest tests. Every subarray sums to 0: n (n + 1) / 2 > 2^34 of them.
    write(outdir, "12-max-all-zero", 0, [0] * MAX_N)
    # 1, -1, 1, -1, ...: about 10^10 subarrays sum to 0, and as many to 1.
    write(outdir, "13-max-alternating", 1, [1 if i % 2 == 0 else -1 for i in range(MAX_N)])
    steps = [rng.randint(-1, 1) for _ in range(MAX_N)]
    write(outdir, "14-max-small-steps", some_subarray_sum(rng, steps, 100), steps)
    big = [rng.randint(-MAXV, MAXV) for _ in range(100000)]
    write(outdir, "15-large-values", some_subarray_sum(rng, big, 3), big)


if __name__ == "__main__":
    main()
