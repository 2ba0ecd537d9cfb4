#!/usr/bin/env python3
"""Test generator for lowest-common-ancestor: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261207
MAXN = 200000


def relabel(par, rng, how):
    """par[i] < i describes a tree on positions (0 the root); returns parent[] over labels:
    'shuffle' gives the non-root nodes random labels, 'reverse' gives position i the label
    n - i (every parent's label larger than its child's), 'keep' keeps the positions."""
    n = len(par)
    label = list(range(n))
    if how == "shuffle":
        rest = label[1:]
        rng.shuffle(rest)
        label[1:] = rest
    elif how == "reverse":
        label = [0] + [n - i for i in range(1, n)]
    parent = [-1] * n
    for i in range(1, n):
        parent[label[i]] = label[par[i]]
    return parent, label


def depths(par):
    d = [0] * len(par)
    for i in range(1, len(par)):
        d[i] = d[par[i]] + 1
    return d


def write(outdir, name, parent, queries):
    n, q = len(parent), len(queries)
    assert 1 <= n <= MAXN and 1 <= q <= 200000 and parent[0] == -1
    assert all(0 <= u < n and 0 <= v < n for u, v in queries)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n" % (n, q))
        f.write(" ".join(map(str, parent)) + "\n")
        f.write("".join("%d %d\n" % (u, v) for u, v in queries))


def random_queries(rng, n, q):
    return [(rng.randrange(n), rng.randrange(n)) for _ in range(q)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [-1, 4, 0, 4, 0, 2, 2], [(1, 3), (1, 5), (5, 6), (3, 4), (6, 6)])
    write(outdir, "sample-2", [-1, 2, 3, 4, 0], [(1, 3), (2, 4), (0, 1)])

    write(outdir, "01-one-node", [-1], [(0, 0)])
    write(outdir, "02-two-nodes", [-1, 0], [(0, 0), (0, 1), (1, 0), (1, 1)])

    n = 1000  # a star: every answer is the root or the node itself
    write(outdir, "03-star", [-1] + [0] * (n - 1),
          random_queries(rng, n, 500) + [(v, v) for v in rng.sample(range(n), 100)])

    # A path 0 - 1999 - 1998 - ... - 1: every parent is larger than its child.
    n = 2000
    parent, _ = relabel([0] + list(range(n - 1)), rng, "reverse")
    write(outdir, "04-reversed-path", parent, random_queries(rng, n, 2000))

    n = 4095  # a complete binary tree, labels shuffled
    parent, _ = relabel([0] + [(i - 1) // 2 for i in range(1, n)], rng, "shuffle")
    write(outdir, "05-complete-binary", parent, random_queries(rng, n, 4000))

    n = 10
    parent, _ = relabel([0] + [rng.randrange(i) for i in range(1, n)], rng, "shuffle")
    write(outdir, "06-random-small", parent, random_queries(rng, n, 30))

    # A caterpillar: a spine of 1500 nodes, each with one leaf; pairs of leaves.
    spine = 1500
    par = [0] + list(range(spine - 1)) + list(range(spine))
    parent, label = relabel(par, rng, "shuffle")
    leaves = label[spine:]
    write(outdir, "07-caterpillar", parent,
          [(rng.choice(leaves), rng.choice(leaves)) for _ in range(3000)])

    # Deep random tree; half the queries pair a node with one of its ancestors (either order).
    n = 5000
    par = [0] + [rng.randrange(max(0, i - 3), i) for i in range(1, n)]
    parent, label = relabel(par, rng, "shuffle")
    queries = []
    for _ in range(4000):
        i = rng.randrange(n)
        a = i
        for _ in range(rng.randrange(0, 400)):
            if a == 0:
                break
            a = par[a]
        pair = (label[i], label[a])
        queries.append(pair if rng.random() < 0.5 else pair[::-1])
    queries += random_queries(rng, n, 1000)
    write(outdir, "08-ancestor-pairs", parent, queries)

    # A path of 30000 nodes in shuffled order: recursion 30000 deep fails.
    n = 30000
    parent, _ = relabel([0] + list(range(n - 1)), rng, "shuffle")
    write(outdir, "09-shuffled-path", parent, random_queries(rng, n, 10000))

    n = 30000  # random shallow tree
    parent, _ = relabel([0] + [rng.randrange(i) for i in range(1, n)], rng, "shuffle")
    write(outdir, "10-random-large", parent, random_queries(rng, n, 20000))

    # Two arms of 30000 nodes hanging from the root; both nodes of most queries deep in
    # different arms, so the answer is the root and walking up costs over 30000 steps (of
    # both nodes) per query, 1.8 * 10^9 in all.
    n = 60001
    arm = (n - 1) // 2
    par = [0] * n
    for i in range(2, arm + 1):
        par[i] = i - 1
    for i in range(arm + 2, n):
        par[i] = i - 1
    parent, label = relabel(par, rng, "shuffle")
    queries = []
    for k in range(60000):
        u = label[rng.randrange(arm // 2, arm + 1)]
        v = label[rng.randrange(arm + 1 + arm // 2, n)]
        if k % 10 == 9:  # now and then a pair in one arm
            v = label[rng.randrange(arm // 2, arm + 1)]
        queries.append((u, v) if rng.random() < 0.5 else (v, u))
    write(outdir, "11-max-two-arms", parent, queries)


if __name__ == "__main__":
    main()
