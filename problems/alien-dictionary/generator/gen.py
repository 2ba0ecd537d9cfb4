#!/usr/bin/env python3
"""Test generator for alien-dictionary: writes OUTDIR/<name>.in for every test."""
import os
import random
import string
import sys

SEED = 20261202
MAXN, MAXL = 10000, 20


def write(outdir, name, words):
    assert 1 <= len(words) <= MAXN
    assert all(1 <= len(w) <= MAXL and set(w) <= set(string.ascii_lowercase) for w in words)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(words)}\n")
        f.write("".join(w + "\n" for w in words))


def alien_sorted(words, alphabet):
    rank = {c: i for i, c in enumerate(alphabet)}
    return sorted(words, key=lambda w: [rank[c] for c in w])


def random_words(rng, letters, count, lo, hi):
    return ["".join(rng.choice(letters) for _ in range(rng.randint(lo, hi))) for _ in range(count)]


def sorted_list(rng, nletters, count, lo, hi):
    """count random words over nletters random letters, sorted in a random alien order."""
    letters = rng.sample(string.ascii_lowercase, nletters)
    return alien_sorted(random_words(rng, letters, count, lo, hi), letters)


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", ["wrt", "wrf", "er", "ett", "rftt"])
    write(outdir, "sample-2", ["zx", "zxa", "q", "zy"])
    write(outdir, "sample-3", ["abc", "ab"])

    write(outdir, "01-one-letter", ["q"])
    write(outdir, "02-one-word", ["zebra"])
    write(outdir, "03-equal-words", ["cab", "cab", "cab"])
    write(outdir, "04-two-letter-cycle", ["ba", "ab", "ba"])
    write(outdir, "05-prefix-then-longer", ["ab", "abc", "b"])
    # A word followed by its proper prefix, far down a list that is otherwise consistent.
    words = sorted_list(rng, 8, 200, 3, 8)
    k = 150
    words[k + 1] = words[k][:2]
    write(outdir, "06-prefix-late", words)
    # Only later letters differ: every pair of positions would give a contradictory edge.
    write(outdir, "07-first-difference-only", ["ab", "ba", "bc", "ca"])
    write(outdir, "08-later-letters-contradict", ["acd", "adc", "bdc", "bcd"])
    # A long chain z > y > ... > a: the reverse alphabet.
    letters = string.ascii_lowercase[::-1]
    write(outdir, "09-reverse-alphabet", [c * 3 for c in letters])
    # Letters with no constraint at all go as early as they can.
    write(outdir, "10-free-letters", ["xqz", "xqm", "y", "ya", "yb"])
    write(outdir, "11-random-small", sorted_list(rng, 6, 12, 1, 4))
    words = sorted_list(rng, 12, 3000, 1, 10)
    write(outdir, "12-random-consistent", words)
    # A contradiction made by one pair of neighbouring words out of place.
    words = sorted_list(rng, 26, 2000, 1, 6)
    i = rng.randrange(500, 1500)
    while words[i] == words[i + 1] or words[i + 1].startswith(words[i]):
        i += 1
    words[i], words[i + 1] = words[i + 1], words[i]
    write(outdir, "13-one-swap-cycle", words)
    # Few words over many letters: a partial order with many choices.
    write(outdir, "14-partial-order", sorted_list(rng, 26, 8, 5, 20))
    write(outdir, "15-max-random", sorted_list(rng, 26, MAXN, 1, MAXL))
    # Long shared prefixes: the difference is near the end of each word.
    letters = rng.sample(string.ascii_lowercase, 20)
    base = "".join(rng.choice(letters) for _ in range(15))
    words = [base + "".join(rng.choice(letters) for _ in range(5)) for _ in range(MAXN)]
    write(outdir, "16-max-long-prefixes", alien_sorted(words, letters))
    words = sorted_list(rng, 26, MAXN, 15, MAXL)
    words[MAXN - 2] = words[MAXN - 3] + "a"
    words[MAXN - 1] = words[MAXN - 3]
    write(outdir, "17-max-prefix-at-end", words)


if __name__ == "__main__":
    main()
