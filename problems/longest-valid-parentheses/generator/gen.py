#!/usr/bin/env python3
"""Test generator for longest-valid-parentheses: writes OUTDIR/<name>.in for every test (edge
cases, then random, then the largest allowed); generator/ref.cpp answers them."""
import os
import random
import sys

SEED = 20261202
MAXN = 500000


def write(outdir, name, s):
    assert 1 <= len(s) <= MAXN and set(s) <= set("()")
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(s + "\n")


def balanced(rng, n):
    """A random well-formed string of length n (n even)."""
    out, depth = [], 0
    for i in range(n):
        left = n - i
        if depth == left or (depth > 0 and rng.random() < 0.5):
            out.append(")")
            depth -= 1
        else:
            out.append("(")
            depth += 1
    return "".join(out)


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", ")()())")
    write(outdir, "sample-2", "(()")

    write(outdir, "01-single-open", "(")
    write(outdir, "02-single-close", ")")
    write(outdir, "03-one-pair", "()")
    write(outdir, "04-reversed-pair", ")(")
    # Two valid pieces split by a stray ')': 4 matched pairs in all, but only 2 in a row.
    write(outdir, "05-split-by-close", "(())" + ")" + "()()()"[:4])
    # A stray '(' in the middle: a forward count alone never returns to zero.
    write(outdir, "06-split-by-open", "()(()")
    write(outdir, "07-nested-and-chained", "(()())(())" + "(" + "()" * 3)
    write(outdir, "08-random-small", "".join(rng.choice("()") for _ in range(40)))
    write(outdir, "09-random-2000", "".join(rng.choice("()") for _ in range(2000)))
    # Well-formed blocks separated by single unmatched characters.
    parts = []
    for _ in range(200):
        parts.append(balanced(rng, 2 * rng.randint(1, 50)))
        parts.append(rng.choice("()"))
    write(outdir, "10-blocks-and-strays", "".join(parts))
    write(outdir, "11-max-random", "".join(rng.choice("()") for _ in range(MAXN)))
    write(outdir, "12-max-all-open", "(" * MAXN)
    write(outdir, "13-max-deep-nest", "(" * (MAXN // 2) + ")" * (MAXN // 2))
    write(outdir, "14-max-balanced", balanced(rng, MAXN))
    # Valid except for one '(' near the start: the answer is the long tail.
    write(outdir, "15-max-open-then-pairs", "((" + "()" * ((MAXN - 2) // 2))
    # Long well-formed blocks (so every substring check is long) split by stray characters.
    parts, total = [], 0
    while total < MAXN - 20001:
        block = balanced(rng, 2 * rng.randint(1000, 10000))
        parts.append(block + rng.choice("()"))
        total += len(block) + 1
    write(outdir, "16-max-long-blocks", "".join(parts))


if __name__ == "__main__":
    main()
