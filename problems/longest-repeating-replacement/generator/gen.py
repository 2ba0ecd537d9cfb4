#!/usr/bin/env python3
"""Test generator for longest-repeating-replacement: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with small solvers (the right one, and the two
typical mistakes: the last letter's count taken as the window's maximum, and k ignored), so
that a change of seed cannot silently weaken a test.
"""
import os
import random
import string
import sys

SEED = 20261203
MAXN = 200000
UPPER = string.ascii_uppercase


def solve(s, k):
    count = [0] * 128
    best_count = left = 0
    for right, ch in enumerate(s):
        o = ord(ch)
        count[o] += 1
        best_count = max(best_count, count[o])
        if right - left + 1 - best_count > k:
            count[ord(s[left])] -= 1
            left += 1
    return len(s) - left


def last_letter(s, k):
    count = [0] * 128
    best = left = 0
    for right, ch in enumerate(s):
        o = ord(ch)
        count[o] += 1
        while right - left + 1 - count[o] > k:
            count[ord(s[left])] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best


def longest_run(s):
    best = run = 0
    for i, ch in enumerate(s):
        run = run + 1 if i and s[i - 1] == ch else 1
        best = max(best, run)
    return best


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    def write(name, s, k, check=None, trap=False):
        assert 1 <= len(s) <= MAXN and 0 <= k <= len(s)
        assert set(s) <= set(UPPER)
        a = solve(s, k)
        if check is not None:
            assert check(a), (name, a)
        if trap:  # both typical mistakes answer otherwise
            assert last_letter(s, k) != a and longest_run(s) != a, name
        with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
            f.write("%s\n%d\n" % (s, k))

    write("sample-1", "ABAB", 2, lambda a: a == 4)
    write("sample-2", "AABABBA", 1, lambda a: a == 4)
    write("sample-3", "AAB", 1, lambda a: a == 3, trap=True)

    write("01-single", "Q", 0, lambda a: a == 1)
    write("02-single-k1", "Z", 1, lambda a: a == 1)
    write("03-k-equals-n", word(rng, 40, UPPER), 40, lambda a: a == 40)
    write("04-k-zero", "ABBBCCDDDDDAE", 0, lambda a: a == 5)
    write("05-majority-first", "AAAAB" + "CB" * 3, 2, trap=True)
    write("06-random-small", word(rng, 30, "AB"), 3, trap=True)
    write("07-random-medium", word(rng, 3000, "ABC"), 40, trap=True)
    write("08-all-distinct", UPPER, 5, lambda a: a == 6)

    # maximum n, one letter: every start extends to the end
    write("09-max-one-letter", "K" * MAXN, 0, lambda a: a == MAXN)
    # mostly A's with scattered others, k covers most of them: very long windows
    s = list("A" * MAXN)
    for i in rng.sample(range(MAXN), 3000):
        s[i] = rng.choice(UPPER[1:])
    write("10-max-sparse-others", "".join(s), 2000, lambda a: a > MAXN // 2, trap=True)
    write("11-max-random-26-half-k", word(rng, MAXN, UPPER), MAXN // 2, trap=True)
    write("12-max-random-2", word(rng, MAXN, "AB"), 1000, trap=True)
    write("13-max-random-5-small-k", word(rng, MAXN, "ABCDE"), 7, trap=True)
    # blocks of letters whose majority window mixes several blocks
    s = "".join(rng.choice("XYZ") * rng.randint(1, 60) for _ in range(MAXN // 30))[:MAXN]
    write("14-max-blocks", s, 300, trap=True)
    write("15-max-k-n", word(rng, MAXN, UPPER), MAXN, lambda a: a == MAXN)


if __name__ == "__main__":
    main()
