#!/usr/bin/env python3
"""Test generator for longest-common-subsequence: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with a small solver, so that a change of seed
cannot silently make a test weaker.
"""
import os
import random
import string
import sys

SEED = 20261205
MAXN = 1500


def lcs(s, t):
    prev = [0] * (len(t) + 1)
    for ch in s:
        cur = [0]
        for j, c2 in enumerate(t):
            cur.append(prev[j] + 1 if ch == c2 else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def longest_common_substring(s, t):
    """The wrong answer: the longest common contiguous piece."""
    best, prev = 0, [0] * (len(t) + 1)
    for ch in s:
        cur = [0]
        for j, c2 in enumerate(t):
            cur.append(prev[j] + 1 if ch == c2 else 0)
        best = max(best, max(cur))
        prev = cur
    return best


def write(outdir, name, s, t, check=None):
    assert 1 <= len(s) <= MAXN and 1 <= len(t) <= MAXN
    assert set(s) <= set(string.ascii_lowercase) and set(t) <= set(string.ascii_lowercase)
    if check is not None:
        assert check(lcs(s, t)), (name, lcs(s, t))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(s + "\n" + t + "\n")


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", "stone", "longest", lambda a: a == 3)
    write(outdir, "sample-2", "abc", "xyz", lambda a: a == 0)

    write(outdir, "01-single-equal", "q", "q", lambda a: a == 1)
    write(outdir, "02-single-different", "a", "z", lambda a: a == 0)
    # A whole string hidden inside the other with gaps: its length is the answer, and no
    # long piece of it is contiguous there.
    t = word(rng, MAXN, "abcdef")
    keep = sorted(rng.sample(range(MAXN), 700))
    s = "".join(t[i] for i in keep)
    write(outdir, "03-subsequence-of-other", s, t, lambda a: a == 700)
    assert longest_common_substring(s, t) < 100
    write(outdir, "04-one-letter-vs-long", "m", word(rng, MAXN, "abcdefghijklm"),
          lambda a: a == 1)
    s = word(rng, 10, "abc")
    write(outdir, "05-random-small", s, word(rng, 12, "abc"))
    # Matching s's letters greedily in t, left to right, spends t at once on the first x.
    write(outdir, "06-greedy-trap", "x" + "abcd" * 5, "abcd" * 5 + "x", lambda a: a == 20)
    write(outdir, "07-random-medium", word(rng, 300, "abcd"), word(rng, 500, "abcd"))
    s = word(rng, 1000, "ab")
    write(outdir, "08-reversed", s, s[::-1])
    # Long pieces of the answer are never contiguous in both: the substring is far shorter.
    s, t = word(rng, 1000, "xy"), word(rng, 1000, "xy")
    assert longest_common_substring(s, t) * 10 < lcs(s, t)
    write(outdir, "09-random-binary", s, t)
    # No letter in common: every comparison fails, a plain recursion branches at every step.
    write(outdir, "10-max-disjoint-letters", word(rng, MAXN, "abcdefghijklm"),
          word(rng, MAXN, "nopqrstuvwxyz"), lambda a: a == 0)
    s = word(rng, MAXN, string.ascii_lowercase)
    write(outdir, "11-max-identical", s, s, lambda a: a == MAXN)
    write(outdir, "12-max-random-26", word(rng, MAXN, string.ascii_lowercase),
          word(rng, MAXN, string.ascii_lowercase))
    write(outdir, "13-max-random-binary", word(rng, MAXN, "ab"), word(rng, MAXN, "ab"))
    write(outdir, "14-max-periodic", ("abc" * MAXN)[:MAXN], ("cba" * MAXN)[:MAXN - 1])
    write(outdir, "15-max-random-4", word(rng, MAXN - 3, "gatc"), word(rng, MAXN, "gatc"))


if __name__ == "__main__":
    main()
