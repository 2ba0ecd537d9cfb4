#!/usr/bin/env python3
"""Random tests of anagram-groups for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of words (at most
100000) and the length of each word (at most 10).
"""
import random
import string
import sys

MAXN = 100000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    size = min(size, MAXN)
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 5, 26])]
    n = rng.randint(1, size)
    maxlen = rng.randint(1, min(10, size))
    words = []
    for _ in range(n):
        if words and rng.random() < 0.4:  # an anagram of an earlier word
            w = rng.choice(words)
            words.append("".join(rng.sample(w, len(w))))
        else:
            words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, maxlen))))
    print(n)
    print("\n".join(words))


if __name__ == "__main__":
    main()
