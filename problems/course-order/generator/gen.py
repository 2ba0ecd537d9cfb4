#!/usr/bin/env python3
"""Test generator for course-order: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261125


def write(outdir, name, n, edges):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(edges)}\n")
        f.write("".join(f"{a} {b}\n" for a, b in edges))


def write_raw(outdir, name, text):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(text)


def random_dag(rng, n, m, span):
    """Edges go forward in a hidden random order; span limits how far forward (long chains)."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = []
    while len(edges) < m:
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + span))
        edges.append((order[i], order[j]))
    rng.shuffle(edges)
    return order, edges


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write_raw(outdir, "sample-1", "6 6\n3 1\n3 2\n1 4\n5 4\n2 6\n5 6\n")
    write_raw(outdir, "sample-2", "3 3\n1 2\n2 3\n3 1\n")

    write(outdir, "01-min", 1, [])
    write(outdir, "02-min-self-loop", 1, [(1, 1)])
    write(outdir, "03-no-constraints", 1000, [])
    write(outdir, "04-two-node-cycle", 2, [(1, 2), (2, 1)])
    write(outdir, "05-self-loop", 6, [(1, 2), (4, 4), (2, 3)])
    write(outdir, "06-duplicate-edges", 5, [(5, 1), (5, 1), (4, 2), (5, 1), (2, 1), (4, 2), (3, 2)])

    # Every course depends on the next one, so the order is n, n-1, ..., 1.
    n = 20000
    edges = [(i + 1, i) for i in range(1, n)]
    rng.shuffle(edges)
    write(outdir, "07-reverse-chain", n, edges)

    for t, (n, m, span) in enumerate([(10, 12, 3), (300, 600, 20), (5000, 8000, 50)]):
        _, edges = random_dag(rng, n, m, span)
        write(outdir, f"{8 + t:02d}-random-dag", n, edges)

    # A large DAG with one short cycle among the last courses of the hidden order.
    n = 30000
    order, edges = random_dag(rng, n, 40000, 30)
    edges.append((order[-1], order[-3]))
    rng.shuffle(edges)
    write(outdir, "11-cycle-at-the-end", n, edges)

    # One cycle through every course.
    n = 30000
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[i], perm[(i + 1) % n]) for i in range(n)]
    rng.shuffle(edges)
    write(outdir, "12-one-big-cycle", n, edges)

    # Wide and shallow: a few root courses, everything else hangs below them.
    n = 20000
    edges = [(rng.randint(n - 5, n), v) for v in range(1, n - 5)]
    rng.shuffle(edges)
    write(outdir, "13-wide-and-shallow", n, edges)

    n = 100000
    _, edges = random_dag(rng, n, 100000, 1000)
    write(outdir, "14-max-random-dag", n, edges)


if __name__ == "__main__":
    main()
