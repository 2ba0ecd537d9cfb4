#!/usr/bin/env python3
"""Test generator for network-delay: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261210
MAXN, MAXM, MAXW = 100000, 200000, 10000


def write(outdir, name, n, k, edges):
    assert 1 <= n <= MAXN and 0 <= len(edges) <= MAXM and 0 <= k < n
    assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= w <= MAXW for u, v, w in edges)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(edges)} {k}\n")
        f.write("".join(f"{u} {v} {w}\n" for u, v, w in edges))


def random_reachable(rng, n, m, k, top):
    """A random tree out of k (every node reachable), then random edges up to m, shuffled."""
    order = list(range(n))
    rng.shuffle(order)
    order.remove(k)
    order.insert(0, k)
    edges = [(order[rng.randrange(max(0, i - 50), i)] if rng.random() < 0.5 else order[rng.randrange(i)],
              order[i], rng.randint(1, top)) for i in range(1, n)]
    while len(edges) < m:
        u, v = rng.sample(range(n), 2)
        edges.append((u, v, rng.randint(1, top)))
    rng.shuffle(edges)
    return edges


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 5, 0,
          [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3)])
    write(outdir, "sample-2", 3, 0, [(0, 1, 5), (2, 1, 1)])

    write(outdir, "01-single-node", 1, 0, [])
    write(outdir, "02-two-nodes-no-edge", 2, 1, [])
    # The only edge points into the source: directed, so node 1 is never reached.
    write(outdir, "03-edge-against-direction", 2, 0, [(1, 0, 3)])
    write(outdir, "04-there-and-back", 2, 0, [(0, 1, 5), (1, 0, 1)])
    write(outdir, "05-parallel-edges", 3, 2,
          [(2, 0, 9), (2, 0, 4), (2, 0, 7), (0, 1, 6), (2, 1, 11), (0, 1, 2), (2, 1, 10)])
    # A heavy edge from the source to every node and a light chain: fewest hops is not fastest.
    n = 50
    write(outdir, "06-heavy-shortcuts-light-chain", n, 0,
          [(0, i, MAXW) for i in range(2, n)] + [(i, i + 1, 1) for i in range(n - 1)])
    # The chain again, listed so that the heavy edge to each node is seen before its chain edge.
    n = 200
    edges = []
    for i in range(1, n):
        edges += [(0, i, 1000), (i - 1, i, 3)]
    write(outdir, "07-chain-beats-direct", n, 0, edges)
    edges = random_reachable(rng, 10, 25, 3, 20)
    write(outdir, "08-random-small", 10, 3, edges)
    # Every node reachable except one, which only has edges going out.
    n = 1000
    edges = [e for e in random_reachable(rng, n, 5000, 17, 100) if e[1] != 404]
    edges += [(404, rng.randrange(n - 1), rng.randint(1, 100)) for _ in range(5)]
    edges = [(u, v if v != 404 else 405, w) for u, v, w in edges]
    rng.shuffle(edges)
    write(outdir, "09-one-node-unreachable", n, 17, edges)
    write(outdir, "10-random-unit-weights", 3000, 1234, random_reachable(rng, 3000, 9000, 1234, 1))
    write(outdir, "11-random-medium", 2000, 0, random_reachable(rng, 2000, 8000, 0, MAXW))
    # The longest answer: a path of maximal weights (49 990 000).
    n = 5000
    write(outdir, "12-path-max-weights", n, 0, [(i, i + 1, MAXW) for i in range(n - 1)])
    # Most nodes unreachable, at the largest n.
    edges = []
    for _ in range(2000):
        u, v = rng.sample(range(MAXN), 2)
        edges.append((u, v, rng.randint(1, MAXW)))
    write(outdir, "13-max-n-mostly-unreachable", MAXN, 0, edges)
    # A long path from the source, its edges listed from the far end: Bellman-Ford needs one
    # round per node to reach the end.
    n = 60000
    labels = list(range(n))
    rng.shuffle(labels)
    edges = [(labels[i], labels[i + 1], rng.randint(1, 100)) for i in range(n - 2, -1, -1)]
    write(outdir, "14-long-path-reverse-order", n, labels[0], edges)
    n, m = 25000, 50000
    write(outdir, "15-large-random", n, n - 1, random_reachable(rng, n, m, n - 1, MAXW))
    # Dense around the source so that many tentative distances are improved later.
    n, m = 15000, 40000
    edges = random_reachable(rng, n, m - n + 1, 0, 50)
    edges += [(0, v, rng.randint(5000, MAXW)) for v in range(1, n)]
    rng.shuffle(edges)
    write(outdir, "16-large-heavy-shortcuts", n, 0, edges)


if __name__ == "__main__":
    main()
