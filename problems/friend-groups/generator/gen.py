#!/usr/bin/env python3
"""Test generator for friend-groups: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261126


def write(outdir, name, n, ops):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(ops)}\n")
        f.write("".join(f"{t} {a} {b}\n" for t, a, b in ops))


def write_raw(outdir, name, text):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(text)


def random_ops(rng, n, m, union_share):
    return [("U" if rng.random() < union_share else "Q", rng.randint(1, n), rng.randint(1, n))
            for _ in range(m)]


def clustered_ops(rng, n, m, union_share, cluster):
    """Random operations that mostly stay inside hidden clusters, so both answers are common."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    ops = []
    for _ in range(m):
        if rng.random() < 0.9:
            base = rng.randrange(0, n, cluster)
            a = perm[min(n - 1, base + rng.randrange(cluster))]
            b = perm[min(n - 1, base + rng.randrange(cluster))]
        else:
            a, b = rng.randint(1, n), rng.randint(1, n)
        ops.append(("U" if rng.random() < union_share else "Q", a, b))
    return ops


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write_raw(outdir, "sample-1", "5 7\nQ 1 2\nU 1 2\nU 3 4\nQ 1 2\nQ 2 3\nU 2 4\nQ 1 3\n")
    write_raw(outdir, "sample-2", "3 4\nU 1 2\nU 2 1\nU 1 1\nQ 3 3\n")

    write(outdir, "01-min-query", 1, [("Q", 1, 1)])
    write(outdir, "02-min-union-with-self", 1, [("U", 1, 1)])
    write(outdir, "03-queries-only", 1000, random_ops(rng, 1000, 500, 0.0))

    # The same few friendships announced again and again, in both directions.
    ops = []
    for _ in range(300):
        a, b = rng.randint(1, 20), rng.randint(1, 20)
        ops.append(("U", a, b))
        ops.append(("U", b, a))
        ops.append(("Q", rng.randint(1, 30), rng.randint(1, 30)))
    write(outdir, "04-repeated-unions", 30, ops)

    # Everyone ends up in one group.
    n = 2000
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    ops = [("U", perm[i], perm[rng.randrange(i)]) for i in range(1, n)]
    ops += random_ops(rng, n, 1000, 0.0)
    rng.shuffle(ops)
    write(outdir, "05-everyone-together", n, ops)

    write(outdir, "06-random-small", 10, random_ops(rng, 10, 30, 0.4))
    write(outdir, "07-random-medium", 1000, random_ops(rng, 1000, 3000, 0.3))
    write(outdir, "08-clustered-medium", 3000, clustered_ops(rng, 3000, 6000, 0.4, 20))

    # A star around one person, built from the leaves' side.
    n = 30000
    ops = [("U", v, 777) for v in range(1, n + 1)]
    ops += random_ops(rng, n, 2000, 0.0)
    write(outdir, "09-star", n, ops)

    write(outdir, "10-clustered-large", 50000, clustered_ops(rng, 50000, 30000, 0.5, 8))

    # "U 1 k" for k = 2..n: linking roots without ranks builds a path of length n, and
    # relabelling one group at every union costs O(n) each time.
    n = 100000
    ops = [("U", 1, k) for k in range(2, n + 1)] + [("Q", 1, n)]
    write(outdir, "11-max-chain-unions", n, ops)

    # "U k k+1" in order, then queries from the deep end of the chain.
    n = 100000
    half = 40000
    ops = [("U", k, k + 1) for k in range(1, half)]
    ops += [("Q", 1, rng.randint(1, n)) for _ in range(80000 - len(ops))]
    write(outdir, "12-max-chain-queries", n, ops)

    write(outdir, "13-max-clustered", 100000, clustered_ops(rng, 100000, 50000, 0.5, 4))


if __name__ == "__main__":
    main()
