#!/usr/bin/env python3
"""Test generator for edit-distance: writes OUTDIR/<name>.in for every test."""
import os
import random
import string
import sys

SEED = 20261202
MAXLEN = 3000


def write(outdir, name, s, t):
    assert len(s) <= MAXLEN and len(t) <= MAXLEN
    assert all(c in string.ascii_lowercase for c in s + t)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(s + "\n" + t + "\n")


def rand_str(rng, n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(rng, s, edits, alphabet=string.ascii_lowercase):
    s = list(s)
    for _ in range(edits):
        kind = rng.randrange(3)
        pos = rng.randrange(len(s) + 1)
        if kind == 0 or not s:
            s.insert(pos, rng.choice(alphabet))
        elif kind == 1:
            del s[min(pos, len(s) - 1)]
        else:
            s[min(pos, len(s) - 1)] = rng.choice(alphabet)
    return "".join(s)


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", "horse", "ros")
    write(outdir, "sample-2", "intention", "execution")
    write(outdir, "sample-3", "", "abc")

    write(outdir, "01-both-empty", "", "")
    write(outdir, "02-second-empty-max", rand_str(rng, MAXLEN), "")
    write(outdir, "03-same-letter", "q", "q")
    write(outdir, "04-different-letter", "q", "z")
    write(outdir, "05-first-is-prefix", "abc", "abcdefg")
    write(outdir, "06-inside", "kitten", "skittens")
    write(outdir, "07-random-small", rand_str(rng, 10, "abc"), rand_str(rng, 12, "abc"))
    s = rand_str(rng, MAXLEN)
    write(outdir, "08-identical-max", s, s)
    write(outdir, "09-one-letter-repeated", "a" * MAXLEN, "a" * (MAXLEN // 2))
    write(outdir, "10-disjoint-letters", "ab" * (MAXLEN // 2), "xyz" * 700)
    s = rand_str(rng, MAXLEN, "acgt")
    write(outdir, "11-reversed", s, s[::-1])
    write(outdir, "12-random-medium", rand_str(rng, 500, "abcd"), rand_str(rng, 700, "abcd"))
    s = rand_str(rng, MAXLEN)
    write(outdir, "13-max-few-edits", s, mutate(rng, s, 40))
    write(outdir, "14-max-unequal-lengths", rand_str(rng, MAXLEN, "ab"), rand_str(rng, 1000, "ab"))
    write(outdir, "15-max-random-two-letters", rand_str(rng, MAXLEN, "ab"), rand_str(rng, MAXLEN, "ab"))
    write(outdir, "16-max-random", rand_str(rng, MAXLEN), rand_str(rng, MAXLEN))


if __name__ == "__main__":
    main()
