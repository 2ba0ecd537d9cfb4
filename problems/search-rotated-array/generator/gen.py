#!/usr/bin/env python3
"""Test generator for search-rotated-array: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261202
LIM = 10**9


def write(outdir, name, nums, queries):
    n, q = len(nums), len(queries)
    assert 1 <= n <= 200000 and 1 <= q <= 200000
    assert len(set(nums)) == n and all(-LIM <= v <= LIM for v in nums + queries)
    start = nums.index(min(nums))
    assert nums[start:] + nums[:start] == sorted(nums)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n%s\n%s\n" % (n, q, " ".join(map(str, nums)),
                                     " ".join(map(str, queries))))


def rotate(values, r):
    """The sorted values rotated so that values[r] comes first."""
    return values[r:] + values[:r]


def everything(rng, nums):
    """Every value of nums, and a value in every gap and beyond both ends, shuffled."""
    values = sorted(nums)
    queries = list(values) + [values[0] - 1, values[-1] + 1]
    queries += [a + 1 for a, b in zip(values, values[1:]) if b - a > 1]
    queries = [x for x in queries if -LIM <= x <= LIM]
    rng.shuffle(queries)
    return queries


def mixed(rng, nums, q, lo, hi, present=0.5):
    return [rng.choice(nums) if rng.random() < present else rng.randint(lo, hi)
            for _ in range(q)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [15, 22, 31, 47, 3, 8, 11], [8, 15, 11, 20, 47])
    write(outdir, "sample-2", [-4, 0, 9, 12, 30], [30, -4, 1])
    write(outdir, "sample-3", [7], [7, 3])

    write(outdir, "01-two-rotated", [5, 2], [5, 2, 1, 3, 6])
    write(outdir, "02-two-sorted", [2, 5], [5, 2, 1, 3, 6])
    # Small arrays rotated several ways, the rotation point in either half: each value, each
    # gap and both ends queried.
    values = list(range(3, 60, 6))  # 10 values, gaps between them
    for r in (1, 3, 6, 8):
        nums = rotate(values, r)
        write(outdir, "03-ten-rotated-by-%d" % r, nums, everything(rng, nums))
    values = sorted(rng.sample(range(-100, 100), 7))
    for r in (2, 5):
        nums = rotate(values, r)
        write(outdir, "04-seven-rotated-by-%d" % r, nums, everything(rng, nums))
    values = sorted(rng.sample(range(-LIM, LIM + 1), 3))
    write(outdir, "05-extremes", rotate([-LIM] + values + [LIM], 3),
          [LIM, -LIM, values[0], values[2], 0, LIM - 1, -LIM + 1])
    # Not rotated: the rotation point is index 0.
    values = sorted(rng.sample(range(0, 10**6), 1000))
    write(outdir, "06-not-rotated", values, everything(rng, values))
    # Rotated by one each way: the smallest value last, or second.
    values = sorted(rng.sample(range(-10**6, 10**6), 1000))
    write(outdir, "07-smallest-last", rotate(values, 1), mixed(rng, values, 2000, -10**6, 10**6))
    write(outdir, "08-smallest-second", rotate(values, 999),
          mixed(rng, values, 2000, -10**6, 10**6))
    values = sorted(rng.sample(range(-LIM, LIM + 1), 5000))
    nums = rotate(values, rng.randrange(5000))
    write(outdir, "09-random-medium", nums, mixed(rng, nums, 5000, -LIM, LIM))
    values = sorted(rng.sample(range(-LIM, LIM + 1), 20000))
    nums = rotate(values, rng.randrange(20000))
    write(outdir, "10-large-values", nums, mixed(rng, nums, 20000, -LIM, LIM, present=0.7))
    # Largest n: even values only, so that odd queries are absent. Most queries are absent or
    # sit near the end, so a scan from the front reads nearly the whole array every time.
    n, q = 200000, 40000
    values = sorted(2 * v for v in rng.sample(range(500000), n))
    r = rng.randrange(n)
    nums = rotate(values, r)
    queries = []
    for _ in range(q):
        if rng.random() < 0.3:
            queries.append(nums[n - 1 - rng.randrange(n // 10)])
        else:
            queries.append(2 * rng.randrange(-1, 500001) + 1)
    write(outdir, "11-max-far-queries", nums, queries)


if __name__ == "__main__":
    main()
