#!/usr/bin/env python3
"""Test generator for n-queens-count: writes OUTDIR/<name>.in for every test.

Each test holds one n. The range is small (1 <= n <= 11), so every n is a test of its own:
the boards with no placement (2, 3), the small ones, then the growing ones up to the largest.
"""
import os
import sys

MAX_N = 11


def write(outdir, name, n):
    assert 1 <= n <= MAX_N
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % n)


def main():
    outdir = sys.argv[1]
    write(outdir, "sample-1", 4)
    write(outdir, "sample-2", 1)
    others = [2, 3, 5, 6, 7, 8, 9, 10, 11]
    for i, n in enumerate(others, 1):
        write(outdir, "%02d-n%d" % (i, n), n)


if __name__ == "__main__":
    main()
