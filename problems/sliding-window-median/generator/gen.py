#!/usr/bin/env python3
"""Test generator for sliding-window-median: writes OUTDIR/<name>.in for every test.

Most tests use an even window somewhere, where the lower and the upper median differ, and
values that leave the window matter (the answers change if a leaving value is kept). The
largest tests have a window of half the array, so that sorting every window is hopeless.
"""
import os
import random
import sys

SEED = 20261202
LIM = 10**9
MAXN = 100000


def medians(nums, k, upper=False, keep=False):
    """Brute force for the small tests' trap checks: lower median (or the upper one, or with
    the leaving values kept in the window)."""
    res = []
    for i in range(k - 1, len(nums)):
        w = sorted(nums[:i + 1] if keep else nums[i - k + 1:i + 1])
        j = len(w) // 2 if upper else (len(w) - 1) // 2
        res.append(w[j])
    return res


def fmt(nums, k):
    return "%d %d\n%s\n" % (len(nums), k, " ".join(map(str, nums)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = {}

    def add(name, nums, k, trap=True):
        n = len(nums)
        assert 1 <= n <= MAXN and 1 <= k <= n and all(-LIM <= v <= LIM for v in nums)
        if trap and n <= 3000:
            good = medians(nums, k)
            assert good != medians(nums, k, keep=True), name
            if k % 2 == 0:
                assert good != medians(nums, k, upper=True), name
        tests[name] = fmt(nums, k)

    add("sample-1", [1, 3, -1, -3, 5, 3, 6, 7], 3)
    add("sample-2", [5, 2, 8, 1, 9, 4], 4)

    add("01-single", [-LIM], 1, trap=False)
    add("02-whole-array-even", [LIM, -LIM, 7, 3], 4, trap=False)
    add("03-window-one", [4, -2, 9, 0, 9, -LIM], 1, trap=False)
    add("04-window-two-extremes", [LIM, -LIM, LIM, -LIM, 0, LIM], 2)
    add("05-all-equal", [-5] * 9, 4, trap=False)
    add("06-descending-even", list(range(30, 0, -1)), 6)
    add("07-ascending-odd", list(range(-20, 21)), 7)

    for idx, (n, span, k) in enumerate([(40, 5, 4), (300, 50, 10), (2000, 1000, 64),
                                        (3000, LIM, 501)]):
        nums = [rng.randint(-span, span) for _ in range(n)]
        add("%02d-random-small-%d" % (8 + idx, idx + 1), nums, k)

    # the largest: half-array window, values anywhere in the range
    nums = [rng.randint(-LIM, LIM) for _ in range(MAXN)]
    add("12-max-half-window", nums, MAXN // 2)

    # a long rise then a fall with a large even window: the median walks through the values
    n = 60000
    nums = [i for i in range(n // 2)] + [n // 2 - i for i in range(n // 2)]
    add("13-mountain-large-window", nums, 20000)

    # many duplicates, a medium window
    nums = [rng.randint(-300, 300) for _ in range(50000)]
    add("14-duplicates-medium-window", nums, 1000)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
