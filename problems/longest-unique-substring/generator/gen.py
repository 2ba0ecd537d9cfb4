#!/usr/bin/env python3
"""Test generator for longest-unique-substring: writes OUTDIR/<name>.in for every test.

Format: "n", newline, the string (an empty line when n = 0).
"""
import os
import random
import string
import sys

SEED = 20261117
AZ = string.ascii_lowercase

SAMPLES = {
    "sample-1": "10\nhellothere\n",
    "sample-2": "0\n\n",
    "sample-3": "1\nz\n",
}


def fmt(s):
    return "%d\n%s\n" % (len(s), s)


def rand(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-empty"] = fmt("")
    tests["02-single"] = fmt("a")
    tests["03-two-same"] = fmt("qq")
    tests["04-all-same"] = fmt("a" * 1000)
    tests["05-abba"] = fmt("abba")
    tests["06-window-jump-back"] = fmt("abcdbea")      # answer 5: "cdbea"
    tests["07-reset-trap"] = fmt("abcad")              # answer 4: "bcad"
    tests["08-full-alphabet"] = fmt(AZ)
    tests["09-alphabet-repeated"] = fmt(AZ * 40)
    tests["10-small-random"] = fmt(rand(rng, 20, "abc"))
    tests["11-random-five-letters"] = fmt(rand(rng, 1000, "abcde"))
    tests["12-random-medium"] = fmt(rand(rng, 5000, AZ))
    tests["13-max-random"] = fmt(rand(rng, 200000, AZ))
    tests["14-max-two-letters"] = fmt(rand(rng, 200000, "xy"))
    # long runs of one letter; the only full-alphabet window sits at the very end
    perm = list(AZ)
    rng.shuffle(perm)
    tests["15-max-best-at-end"] = fmt("a" * (200000 - 26) + "".join(perm))
    # random permutations of random alphabet subsets, glued together
    parts = []
    total = 0
    while total < 200000:
        k = rng.randint(1, 26)
        p = rng.sample(AZ, k)
        parts.append("".join(p))
        total += k
    tests["16-max-glued-permutations"] = fmt("".join(parts)[:200000])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
