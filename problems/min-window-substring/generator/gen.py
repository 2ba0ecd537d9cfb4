#!/usr/bin/env python3
"""Test generator for min-window-substring: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with small solvers (the right one, and the one
that treats t as a set of letters), so that a change of seed cannot silently weaken a test.
"""
import os
import random
import string
import sys

SEED = 20261202
MAXN = 100000
LOWER = string.ascii_lowercase


def min_window(s, t, as_set=False):
    need = {}
    for ch in t:
        need[ch] = 1 if as_set else need.get(ch, 0) + 1
    missing = sum(need.values())
    best, left = 0, 0
    for right, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        while missing == 0:
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            d = s[left]
            need[d] += 1
            if need[d] > 0:
                missing += 1
            left += 1
    return best


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    def write(name, s, t, check=None, trap=False):
        assert 1 <= len(s) <= MAXN and 1 <= len(t) <= MAXN
        assert set(s) <= set(LOWER) and set(t) <= set(LOWER)
        a = min_window(s, t)
        if check is not None:
            assert check(a), (name, a)
        if trap:  # t has a repeated letter that matters: the set version answers otherwise
            assert min_window(s, t, as_set=True) != a, name
        with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
            f.write(s + "\n" + t + "\n")

    write("sample-1", "abracadabra", "aab", lambda a: a == 4, trap=True)
    write("sample-2", "window", "wow", lambda a: a == 6, trap=True)
    write("sample-3", "abc", "cc", lambda a: a == 0, trap=True)

    write("01-single-match", "q", "q", lambda a: a == 1)
    write("02-single-missing", "a", "b", lambda a: a == 0)
    write("03-t-longer-than-s", "ab", "aab", lambda a: a == 0, trap=True)
    s = word(rng, 50, LOWER)
    t = "".join(rng.sample(s, len(s)))
    write("04-t-is-s-shuffled", s, t, lambda a: a == 50)
    # the first pair of a's is far from the closest one: the set answer is 1
    write("05-double-letter", "abcdefa" + "bcdefg" * 3 + "aa", "aa", lambda a: a == 2, trap=True)
    write("06-shortest-at-end", "xyzzyx" + "abc" * 10 + "zyx", "xyz", lambda a: a == 3)
    write("07-random-small", word(rng, 30, "abc"), "abca", trap=True)
    s = word(rng, 2000, "abcde")
    write("08-random-medium", s, word(rng, 20, "abcde"))
    # t needs some letters many times; they are rare in s
    s = list(word(rng, 1000, "abcdefghij"))
    for i in rng.sample(range(1000), 12):
        s[i] = "z"
    write("09-rare-letter-many-times", "".join(s), "zzzzzzzzab", trap=True)

    # maximum |s| and t needs a letter that never occurs: every start scans to the end
    write("10-max-letter-missing", word(rng, MAXN, LOWER[:25]), "abcz", lambda a: a == 0)
    # the only z is the last letter: a short answer, but every start scans to the end
    s = word(rng, MAXN - 1, LOWER[:25]) + "z"
    write("11-max-z-last", s, "za", lambda a: 2 <= a <= 60)
    # the two z's are the first and the last letter: the whole string is the answer
    s = "z" + word(rng, MAXN - 2, LOWER[:25]) + "z"
    write("12-max-whole-string", s, "zz", lambda a: a == MAXN, trap=True)
    # maximum |t|: t is s with its letters shuffled
    s = word(rng, MAXN, LOWER)
    write("13-max-t-is-s", s, "".join(rng.sample(s, MAXN)), lambda a: a == MAXN)
    # t is long and random: about 100 of each letter
    write("14-max-random-26", word(rng, MAXN, LOWER), word(rng, 2600, LOWER), trap=True)
    # mostly a's, b's scattered: t needs 300 b's
    s = list("a" * MAXN)
    for i in rng.sample(range(MAXN), 1000):
        s[i] = "b"
    write("15-max-sparse-multiplicity", "".join(s), "b" * 300 + "a", trap=True)
    # t needs more c's than s has: no window, though every letter of t occurs
    s = word(rng, MAXN - 50, "ab")
    pos = sorted(rng.sample(range(MAXN), 50))
    s = list(s)
    for p in pos:
        s.insert(p, "c")
    write("16-max-not-enough", "".join(s)[:MAXN], "c" * 51 + "ab", lambda a: a == 0, trap=True)


if __name__ == "__main__":
    main()
