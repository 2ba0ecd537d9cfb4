#!/usr/bin/env python3
"""Test generator for longest-palindromic-substring: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with a small solver, so that a change of seed
cannot silently make a test weaker.
"""
import os
import random
import string
import sys

SEED = 20261211
MAXN = 2000


def longest_pal(s):
    """Expand around every centre: a letter or the gap between two letters."""
    n, best = len(s), 0
    for c in range(n):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            best = max(best, hi - lo - 1)
    return best


def odd_only(s):
    """The wrong answer: only centres on a letter."""
    n, best = len(s), 0
    for c in range(n):
        lo, hi = c, c
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        best = max(best, hi - lo - 1)
    return best


def write(outdir, name, s, check=None, even_trap=False):
    assert 1 <= len(s) <= MAXN
    assert set(s) <= set(string.ascii_lowercase)
    ans = None
    if check is not None or even_trap:
        ans = longest_pal(s)
    if check is not None:
        assert check(ans), (name, ans)
    if even_trap:
        assert odd_only(s) != ans, name
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(s + "\n")


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", "forgeeksskeegfor", lambda a: a == 10, even_trap=True)
    write(outdir, "sample-2", "abacdc", lambda a: a == 3)

    write(outdir, "01-single-letter", "z", lambda a: a == 1)
    write(outdir, "02-two-equal", "qq", lambda a: a == 2, even_trap=True)
    write(outdir, "03-two-different", "ab", lambda a: a == 1)
    write(outdir, "04-all-distinct", string.ascii_lowercase, lambda a: a == 1)
    write(outdir, "05-whole-even", "abccba", lambda a: a == 6, even_trap=True)
    write(outdir, "06-at-the-end", "xyzabcdedcba", lambda a: a == 9)
    write(outdir, "07-random-small", word(rng, 15, "ab"))
    # An even palindrome longer than any odd one, hidden in distinct-looking noise.
    half = word(rng, 150, "abc")
    s = word(rng, 400, "defghijklmnop") + half + half[::-1] + word(rng, 400, "defghijklmnop")
    write(outdir, "08-long-even-inside", s, even_trap=True)
    write(outdir, "09-random-medium", word(rng, 500, "ab"))
    # Every substring is a palindrome: the most work for expanding, and the worst case of
    # checking every substring in full.
    write(outdir, "10-max-one-letter", "a" * MAXN, lambda a: a == MAXN)
    write(outdir, "11-max-one-letter-but-one", "a" * (MAXN // 2) + "b" + "a" * (MAXN // 2 - 1),
          lambda a: a == MAXN - 1)
    write(outdir, "12-max-random-26", word(rng, MAXN, string.ascii_lowercase))
    write(outdir, "13-max-random-binary", word(rng, MAXN, "ab"))
    write(outdir, "14-max-periodic", ("ab" * MAXN)[:MAXN], lambda a: a == MAXN - 1)
    write(outdir, "15-max-even-whole", "a" * (MAXN // 2) + "a" * (MAXN // 2),
          lambda a: a == MAXN, even_trap=True)
    half = word(rng, 500, "ab")
    s = word(rng, 500, "ab") + half + half[::-1] + word(rng, 500, "ab")
    write(outdir, "16-max-even-random", s)


if __name__ == "__main__":
    main()
