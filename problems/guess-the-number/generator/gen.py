#!/usr/bin/env python3
"""Test generator for guess-the-number (interactive): writes OUTDIR/<name>.in ("SECRET LIMIT")
and OUTDIR/<name>.ans (the secret) for every test; there is no reference solution to run."""
import os
import random
import sys

SEED = 20261127
LIMIT = 32
MAXV = 10**9


def write(outdir, name, secret):
    assert 1 <= secret <= MAXV
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{secret} {LIMIT}\n")
    with open(os.path.join(outdir, name + ".ans"), "w", newline="\n") as f:
        f.write(f"{secret}\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 42)

    fixed = [
        ("01-min", 1),
        ("02-two", 2),
        ("03-max", MAXV),
        ("04-max-minus-one", MAXV - 1),
        ("05-middle", MAXV // 2),
        ("06-middle-plus-one", MAXV // 2 + 1),
        ("07-limit-exactly", 32),
        ("08-just-above-limit", 33),
        ("09-power-of-two", 2**29),
        ("10-power-of-two-minus-one", 2**29 - 1),
        ("11-power-of-two-plus-one", 2**29 + 1),
        ("12-quarter", MAXV // 4),
        ("13-three-quarters", 3 * MAXV // 4 + 1),
    ]
    for name, secret in fixed:
        write(outdir, name, secret)
    for i in range(14, 19):
        write(outdir, f"{i:02d}-random", rng.randint(1, MAXV))


if __name__ == "__main__":
    main()
