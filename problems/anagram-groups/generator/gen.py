#!/usr/bin/env python3
"""Test generator for anagram-groups: writes OUTDIR/<name>.in for every test.

Each test's intended property is asserted with small solvers (the right one, and the one
that groups by the set of letters), so that a change of seed cannot silently weaken a test.
"""
import os
import random
import string
import sys
from collections import Counter

SEED = 20261204
MAXN = 100000
MAXTOTAL = 1000000
LOWER = string.ascii_lowercase


def sizes(words, as_set=False):
    key = (lambda w: "".join(sorted(set(w)))) if as_set else (lambda w: "".join(sorted(w)))
    return sorted(Counter(key(w) for w in words).values(), reverse=True)


def word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(rng, w):
    return "".join(rng.sample(w, len(w)))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    def write(name, words, check=None, trap=False, many_groups=False):
        assert 1 <= len(words) <= MAXN and sum(map(len, words)) <= MAXTOTAL
        assert all(w and set(w) <= set(LOWER) for w in words)
        a = sizes(words)
        if check is not None:
            assert check(a), (name, a)
        if trap:  # some words share their letters but not the counts
            assert sizes(words, as_set=True) != a, name
        if many_groups:  # comparing with every group is about n^2 / 2 steps
            assert len(a) >= 0.8 * len(words), name
        with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
            f.write("%d\n%s\n" % (len(words), "\n".join(words)))

    write("sample-1", "eat tea tan ate nat bat".split(), lambda a: a == [3, 2, 1])
    write("sample-2", "aab abb aba bab a".split(), lambda a: a == [2, 2, 1], trap=True)

    write("01-single", ["z"], lambda a: a == [1])
    write("02-all-same", ["abc"] * 10, lambda a: a == [10])
    write("03-all-distinct", list(LOWER), lambda a: a == [1] * 26)
    write("04-counts-matter", ["ab", "aab", "abb", "aabb", "ba", "bba", "abab"],
          lambda a: a == [2, 2, 2, 1], trap=True)
    write("05-same-word-repeated", ["listen", "silent", "listen", "enlist", "tinsel", "inlets"],
          lambda a: a == [6])
    write("06-random-small-ab", [word(rng, rng.randint(1, 4), "ab") for _ in range(40)],
          trap=True)
    write("07-random-medium", [word(rng, rng.randint(1, 6), "abcd") for _ in range(2000)],
          trap=True)
    # one long word and its shuffles, beside words with the same letters in other counts
    base = word(rng, 20000, "xyz")
    words = [shuffled(rng, base) for _ in range(5)] + [base + "x", base[1:], "xyz"]
    rng.shuffle(words)
    write("08-long-words", words, lambda a: a == [5, 1, 1, 1], trap=True)

    # maximum n, mostly distinct words of 6-8 letters: almost every word is its own group
    words = [word(rng, rng.randint(6, 8), LOWER) for _ in range(MAXN)]
    write("09-max-n-distinct", words, many_groups=True)
    # many words, groups of varied sizes from bases sharing letter sets
    bases = [word(rng, 7, "abcdefg") for _ in range(3000)]
    words = [shuffled(rng, rng.choice(bases)) for _ in range(40000)]
    write("10-shuffled-bases", words, trap=True)
    # maximum n, half the words paired with an anagram, half alone: still many groups
    words = []
    while len(words) < MAXN:
        w = word(rng, rng.randint(5, 7), LOWER)
        words.append(w)
        if rng.random() < 0.1 and len(words) < MAXN:
            words.append(shuffled(rng, w))
    rng.shuffle(words)
    write("11-max-n-some-pairs", words, many_groups=True)
    # long words in a few groups: the letter counts decide
    words = []
    for _ in range(40):
        base = word(rng, 1000, "pqrs")
        words += [shuffled(rng, base) for _ in range(rng.randint(1, 10))]
        words += [shuffled(rng, base[:-1] + "p")]
    rng.shuffle(words)
    write("12-long-words-groups", words, trap=True)


if __name__ == "__main__":
    main()
