#!/usr/bin/env python3
"""Test generator for pattern-occurrences: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with a small solver, so that a change of seed
cannot silently make a test weaker.
"""
import os
import random
import string
import sys

SEED = 20261213
MAXN = 500000   # text
MAXM = 100000   # pattern


def occurrences(text, pattern):
    """Every (overlapping) occurrence, by the prefix function (KMP)."""
    m = len(pattern)
    fail, k = [0] * m, 0
    for i in range(1, m):
        while k and pattern[k] != pattern[i]:
            k = fail[k - 1]
        if pattern[k] == pattern[i]:
            k += 1
        fail[i] = k
    count = k = 0
    for c in text:
        while k and pattern[k] != c:
            k = fail[k - 1]
        if pattern[k] == c:
            k += 1
            if k == m:
                count += 1
                k = fail[k - 1]
    return count


def write(outdir, name, text, pattern, check=None, overlap_trap=False):
    assert 1 <= len(text) <= MAXN and 1 <= len(pattern) <= MAXM
    assert set(text) <= set(string.ascii_lowercase)
    assert set(pattern) <= set(string.ascii_lowercase)
    if check is not None or overlap_trap:
        ans = occurrences(text, pattern)
        if check is not None:
            assert check(ans), (name, ans)
        if overlap_trap:  # counting only non-overlapping occurrences gives less
            assert text.count(pattern) < ans, name
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(text + "\n" + pattern + "\n")


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def fibonacci_word(n):
    a, b = "b", "a"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", "abababa", "aba", lambda a: a == 3, overlap_trap=True)
    write(outdir, "sample-2", "mississippi", "issi", lambda a: a == 2, overlap_trap=True)

    write(outdir, "01-single-equal", "q", "q", lambda a: a == 1)
    write(outdir, "02-pattern-longer", "ab", "abc", lambda a: a == 0)
    write(outdir, "03-pattern-is-text", "abcab", "abcab", lambda a: a == 1)
    write(outdir, "04-one-letter-runs", "a" * 10, "aaa", lambda a: a == 8, overlap_trap=True)
    write(outdir, "05-random-small", word(rng, 30, "ab"), word(rng, 3, "ab"))
    write(outdir, "06-at-both-ends", "xyz" + word(rng, 50, "abc") + "xyz", "xyz",
          lambda a: a == 2)
    write(outdir, "07-random-medium", word(rng, 5000, "ab"), word(rng, 6, "ab"),
          overlap_trap=True)
    write(outdir, "08-periodic-medium", "abc" * 3000, "abcabcabc",
          lambda a: a == 2998, overlap_trap=True)
    # The fail links of a Fibonacci word chain deeply: the most fallbacks for KMP.
    write(outdir, "09-fibonacci", fibonacci_word(100000), fibonacci_word(1000),
          overlap_trap=True)
    # Comparing at every position runs almost the whole pattern before the mismatch.
    write(outdir, "10-max-almost-match", "a" * MAXN, "a" * (MAXM - 1) + "b", lambda a: a == 0)
    write(outdir, "11-max-one-letter", "a" * MAXN, "a" * MAXM,
          lambda a: a == MAXN - MAXM + 1, overlap_trap=True)
    write(outdir, "12-max-single-letter-pattern", "a" * MAXN, "a", lambda a: a == MAXN)
    write(outdir, "13-max-periodic", "ab" * (MAXN // 2), "ab" * (MAXM // 2 - 1) + "a",
          lambda a: a == MAXN // 2 - MAXM // 2 + 1, overlap_trap=True)
    # A random pattern planted many times, some copies overlapping.
    pattern = word(rng, 2000, "ab")
    pieces, size = [], 0
    while size < MAXN - 2 * len(pattern):
        piece = rng.choice([pattern, pattern[:rng.randint(1, 1999)], word(rng, 50, "ab")])
        pieces.append(piece)
        size += len(piece)
    write(outdir, "14-max-planted", "".join(pieces), pattern)
    write(outdir, "15-max-random-26", word(rng, 100000, string.ascii_lowercase),
          word(rng, 2, "ab"))


if __name__ == "__main__":
    main()
