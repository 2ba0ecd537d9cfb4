#!/usr/bin/env python3
"""Test generator for jump-game-min: writes OUTDIR/<name>.in for every test.

Each test's intended property (reachable or not, how many jumps) is asserted with a small
solver, so that a change of seed cannot silently make a test weaker.
"""
import os
import random
import sys

SEED = 20261202
MAXN = 200000
MAXV = 100000


def solve(nums):
    n = len(nums)
    if n == 1:
        return 0
    jumps = end = far = 0
    for i in range(n):
        far = max(far, i + nums[i])
        if i == end:
            if far <= i:
                return -1
            jumps += 1
            end = far
            if end >= n - 1:
                return jumps
    return -1


def farthest_greedy(nums):
    """The wrong greedy: always the longest jump."""
    n, i, jumps = len(nums), 0, 0
    while i < n - 1:
        if nums[i] == 0:
            return -1
        i = min(n - 1, i + nums[i])
        jumps += 1
    return jumps


def write(outdir, name, nums, check=None):
    assert 1 <= len(nums) <= MAXN and all(0 <= x <= MAXV for x in nums)
    if check is not None:
        assert check(solve(nums)), (name, solve(nums))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % len(nums))
        f.write(" ".join(map(str, nums)) + "\n")


def random_array(rng, n, top, zeros):
    return [0 if rng.random() < zeros else rng.randint(1, top) for _ in range(n)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)
    reachable = lambda a: a >= 0
    unreachable = lambda a: a == -1

    write(outdir, "sample-1", [2, 3, 1, 1, 4])
    write(outdir, "sample-2", [3, 2, 1, 0, 4])
    write(outdir, "sample-3", [0])

    write(outdir, "01-single-nonzero", [7], lambda a: a == 0)
    write(outdir, "02-two-blocked", [0, 1], unreachable)
    write(outdir, "03-two", [1, 0], lambda a: a == 1)
    # The longest jump lands on a 0; a shorter one leads on.
    nums = [2, 3, 0, 1, 4]
    assert farthest_greedy(nums) == -1
    write(outdir, "04-longest-jump-lands-on-zero", nums, lambda a: a == 2)
    # A long chain of single steps: a recursion over the indices goes 2000 deep.
    write(outdir, "05-all-ones", [1] * 2000, lambda a: a == 1999)
    # One jump from the start covers everything; only the last index is 0.
    write(outdir, "06-one-jump-over-zeros", [1999] + [0] * 1999, lambda a: a == 1)
    # Every index before k reaches exactly k at most, and nums[k] = 0: a wall.
    k = 700
    nums = [max(0, k - i - rng.randint(0, 3)) for i in range(k)] + [0]
    nums[0] = k
    nums += [rng.randint(1, 5) for _ in range(300)]
    write(outdir, "07-wall", nums, unreachable)
    # Blocks 2 3 1 1: the longest jump from a block's 2 lands on a 1 (3 jumps per block),
    # the shorter one on the 3 that clears the block (2 jumps per block).
    nums = [2, 3, 1, 1] * 250 + [0]
    assert farthest_greedy(nums) == 750 and solve(nums) == 500
    write(outdir, "08-longest-jump-pattern", nums, reachable)
    write(outdir, "09-random-small", random_array(rng, 10, 3, 0.2))
    write(outdir, "10-random-medium-reachable",
          next(a for a in iter(lambda: random_array(rng, 1000, 8, 0.15), None) if solve(a) > 0),
          reachable)
    write(outdir, "11-random-medium-unreachable",
          next(a for a in iter(lambda: random_array(rng, 1000, 8, 0.3), None) if solve(a) < 0),
          unreachable)
    nums = random_array(rng, 20000, 40, 0.2)
    while solve(nums) < 0:
        nums = random_array(rng, 20000, 40, 0.2)
    write(outdir, "12-random-large-reachable", nums, reachable)
    write(outdir, "13-big-jumps", random_array(rng, 20000, 2000, 0.5), reachable)
    # The longest arrays: many short jumps (a long answer), then long jumps everywhere (an
    # O(n * max jump) DP does about 10^10 steps), then a wall just before the end.
    nums = [rng.randint(1, 3) for _ in range(MAXN)]
    write(outdir, "14-max-short-jumps", nums, lambda a: a > 50000)
    nums = [rng.randint(50000, 99999) for _ in range(MAXN)]
    write(outdir, "15-max-long-jumps", nums, reachable)
    n = 100000
    k = n - 2
    nums = [min(MAXV, max(0, k - i - rng.randint(0, 1000))) for i in range(k)] + [0, 1]
    nums[0] = k
    write(outdir, "16-long-jumps-wall-before-end", nums, unreachable)


if __name__ == "__main__":
    main()
