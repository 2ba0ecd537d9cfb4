#!/usr/bin/env python3
"""Test generator for top-k-frequent: writes OUTDIR/<name>.in for every test.

Ties are the point: most tests hold several values with the same count, placed so that the
order of first appearance differs from the order of the values (larger values first), and
so that ties cross the k-th place. Each such test asserts that breaking ties by first
appearance gives a different answer.
"""
import os
import random
import sys
from collections import Counter

SEED = 20261201
LIM = 10**9
MAXN = 200000


def answer(nums, k):
    c = Counter(nums)
    return sorted(c, key=lambda v: (-c[v], v))[:k]


def first_appearance(nums, k):
    return [v for v, _ in Counter(nums).most_common(k)]


def fmt(nums, k):
    return "%d %d\n%s\n" % (len(nums), k, " ".join(map(str, nums)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = {}

    def add(name, nums, k, trap=True):
        n = len(nums)
        assert 1 <= n <= MAXN and all(-LIM <= v <= LIM for v in nums)
        assert 1 <= k <= len(set(nums))
        if trap:
            assert answer(nums, k) != first_appearance(nums, k), name
        tests[name] = fmt(nums, k)

    add("sample-1", [4, 1, -2, 1, 4, 3, 1, 4, 3], 2, trap=False)
    add("sample-2", [7, 5, 9, 5, 7, 9], 2)

    add("01-single", [-LIM], 1, trap=False)
    add("02-all-equal", [LIM] * 7, 1, trap=False)
    add("03-two-ties-larger-first", [10, -3], 1)
    add("04-all-distinct-descending", list(range(20, 0, -1)), 5)
    add("05-extremes-tied", [LIM, -LIM, LIM, -LIM, 0], 2)
    add("06-k-all-distinct", [3, 3, 8, 8, 8, -1, 5, 5, -1, 2], 5)

    # small random: values in a small range, counts often equal; first appearance descending
    for idx, (n, span, k) in enumerate([(30, 8, 3), (200, 40, 10), (1000, 300, 50)]):
        vals = rng.sample(range(-span, span + 1), span)
        vals.sort(reverse=True)
        nums = []
        for v in vals:
            nums += [v] * rng.randint(1, 4)
        nums = nums[:n]
        # keep the first appearances in descending order, shuffle the rest
        firsts, seen, rest = [], set(), []
        for v in nums:
            (rest if v in seen else firsts).append(v)
            seen.add(v)
        rng.shuffle(rest)
        nums = firsts + rest
        add("%02d-random-small-%d" % (7 + idx, idx + 1), nums, k)

    # many values with the same count, k cuts through the middle of the tie
    vals = rng.sample(range(-LIM, LIM + 1), 5000)
    vals.sort(reverse=True)
    nums = vals * 3
    rng.shuffle(nums[5000:])
    nums = vals + nums[5000:]
    extra = rng.sample(vals, 100)
    nums += extra  # 100 values with count 4 come first; then 4900 with count 3
    add("10-big-tie-at-k", nums, 2000)

    # counts by a Zipf-like law, values anywhere in the range
    distinct = rng.sample(range(-LIM, LIM + 1), 20000)
    nums = []
    for i, v in enumerate(distinct):
        nums += [v] * max(1, 200 // (i + 1))
    nums = nums[:100000]
    rng.shuffle(nums)
    add("11-zipf-large-values", nums, 300)

    # maximum n, about 135 000 distinct values, mostly count 1 or 2: the per-value scan
    # does ~2.7e10 comparisons
    n = MAXN
    nums = [rng.randint(-99999, 99999) for _ in range(n)]
    add("12-max-many-distinct", nums, 1000)

    # every value distinct except a few, in descending order of first appearance
    base = rng.sample(range(-999999, 1000000), 50000 - 10)
    base.sort(reverse=True)
    nums = base + base[:10]
    add("13-large-distinct", nums, 100)

    # few distinct values with large counts, many ties
    vals = rng.sample(range(-999, 1000), 200)
    nums = [vals[i % 200] for i in range(60000)]
    rng.shuffle(nums)
    add("14-large-few-distinct", nums, 150, trap=False)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
