#!/usr/bin/env python3
"""Test generator for palindrome-min-cuts: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with a small solver (and, for the greedy traps,
with the wrong greedy), so that a change of seed cannot silently make a test weaker.
"""
import os
import random
import string
import sys

SEED = 20261206
MAXN = 2000


def solve(s):
    n = len(s)
    cut = list(range(-1, n))  # cut[k]: fewest cuts of s[:k]
    for mid in range(n):
        for i, j in ((mid, mid), (mid - 1, mid)):
            while i >= 0 and j < n and s[i] == s[j]:
                cut[j + 1] = min(cut[j + 1], cut[i] + 1)
                i -= 1
                j += 1
    return cut[n]


def greedy(s):
    """The wrong greedy: cut off the longest palindromic prefix, again and again."""
    cuts, start = -1, 0
    while start < len(s):
        end = len(s)
        while s[start:end] != s[start:end][::-1]:
            end -= 1
        cuts += 1
        start = end
    return cuts


def write(outdir, name, s, check=None):
    assert 1 <= len(s) <= MAXN and set(s) <= set(string.ascii_lowercase)
    if check is not None:
        assert check(solve(s)), (name, solve(s))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(s + "\n")


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def palindrome(rng, n, alphabet):
    half = word(rng, n // 2, alphabet)
    return half + (rng.choice(alphabet) if n % 2 else "") + half[::-1]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", "banana", lambda a: a == 1)
    assert greedy("aaba") == 2
    write(outdir, "sample-2", "aaba", lambda a: a == 1)
    write(outdir, "sample-3", "abc", lambda a: a == 2)

    write(outdir, "01-single", "q", lambda a: a == 0)
    write(outdir, "02-two-different", "xy", lambda a: a == 1)
    write(outdir, "03-two-same", "kk", lambda a: a == 0)
    write(outdir, "04-whole-palindrome", palindrome(rng, 999, "abc"), lambda a: a == 0)
    # The longest palindromic prefix is the wrong first piece.
    s = "aabacd" * 3
    assert greedy(s) > solve(s)
    write(outdir, "05-greedy-trap", s)
    write(outdir, "06-random-small", word(rng, 10, "ab"))
    s = word(rng, 300, "abc")
    write(outdir, "07-random-medium", s)
    # No palindrome longer than one letter: every letter is its own piece.
    write(outdir, "08-no-long-palindromes", (string.ascii_lowercase * 80)[:1500],
          lambda a: a == 1499)
    # Greedy traps one after another: in each "aabacd" greedy takes "aa" first (4 cuts, not 3).
    s = "aabacd" * 250
    assert greedy(s) > solve(s)
    write(outdir, "09-greedy-trap-repeated", s)
    write(outdir, "10-max-all-same", "a" * MAXN, lambda a: a == 0)
    write(outdir, "11-max-two-palindromes",
          palindrome(rng, 1200, "ab") + "c" + palindrome(rng, 799, "ab"), lambda a: a <= 2)
    write(outdir, "12-max-random-binary", word(rng, MAXN, "ab"))
    write(outdir, "13-max-random-3", word(rng, MAXN, "abc"))
    write(outdir, "14-max-alternating", "ab" * (MAXN // 2), lambda a: a == 1)
    # A palindrome with a few letters changed: long palindromes everywhere, few cuts.
    s = list("x" * MAXN)
    for k in rng.sample(range(MAXN), 5):
        s[k] = "y"
    s = "".join(s)
    write(outdir, "15-max-almost-same", s, lambda a: 0 < a <= 5)
    # Random palindromic blocks of random lengths, glued: greedy prefixes straddle them.
    while True:
        s = ""
        while len(s) < MAXN:
            s += palindrome(rng, rng.randint(2, 12), "abc")
        s = s[:MAXN]
        if greedy(s) > solve(s):
            break
    write(outdir, "16-max-palindromic-blocks", s)


if __name__ == "__main__":
    main()
