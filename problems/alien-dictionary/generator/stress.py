#!/usr/bin/env python3
"""Random tests of alien-dictionary for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of words.
"""
import random
import string
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 10000))
    letters = rng.sample(string.ascii_lowercase, rng.randint(1, 26))
    top = rng.randint(1, 20)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, top))) for _ in range(n)]
    rank = {c: i for i, c in enumerate(letters)}
    if rng.random() < 0.7:  # sorted in the alien order (consistent, until a change below)
        words.sort(key=lambda w: [rank[c] for c in w])
    if n > 1 and rng.random() < 0.2:  # swap two neighbours: usually a contradiction
        i = rng.randrange(n - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    print(n)
    for w in words:
        print(w)


if __name__ == "__main__":
    main()
