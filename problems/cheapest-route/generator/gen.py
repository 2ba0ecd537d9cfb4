#!/usr/bin/env python3
"""Test generator for cheapest-route: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261124
MAXW = 10**9


def write(outdir, name, n, edges):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(edges)}\n")
        f.write("".join(f"{u} {v} {w}\n" for u, v, w in edges))


def write_raw(outdir, name, text):
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(text)


def relabel(rng, n, edges):
    """Shuffle the labels of nodes 2..n-1, keeping 1 and n fixed, and shuffle the edge order."""
    perm = list(range(n + 1))
    middle = perm[2:n]
    rng.shuffle(middle)
    perm[2:n] = middle
    out = [(perm[u], perm[v], w) for u, v, w in edges]
    rng.shuffle(out)
    return out


def random_graph(rng, n, m, wlo, whi):
    # A hidden random path 1 -> ... -> n of expensive edges guarantees reachability, the rest
    # is random, so the answer is usually a mix of cheap detours.
    path_len = min(n - 1, rng.randint(5, 40))
    inner = rng.sample(range(2, n), path_len - 1) if n > 2 else []
    path = [1] + inner + [n]
    edges = [(path[i], path[i + 1], rng.randint(whi // 2, whi)) for i in range(len(path) - 1)]
    while len(edges) < m:
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(wlo, whi)))
    rng.shuffle(edges)
    return edges


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write_raw(outdir, "sample-1", "5 6\n1 2 4\n1 3 1\n3 2 2\n2 5 5\n3 4 8\n4 5 1\n")
    write_raw(outdir, "sample-2", "3 2\n1 2 7\n3 2 1\n")

    write(outdir, "01-min-single-node", 1, [])
    write(outdir, "02-single-node-self-loops", 1, [(1, 1, 5), (1, 1, MAXW)])
    write(outdir, "03-two-nodes-no-edge", 2, [])
    write(outdir, "04-edge-wrong-direction", 2, [(2, 1, 3)])
    write(outdir, "05-three-max-edges", 4, [(1, 2, MAXW), (2, 3, MAXW), (3, 4, MAXW), (4, 1, 1)])
    write(outdir, "06-parallel-edges", 4,
          [(1, 2, 10), (1, 2, 3), (1, 2, 7), (2, 2, 1), (2, 4, 9), (2, 4, 2), (1, 4, 6), (4, 4, 1)])

    # The first-discovered distance is not final: a direct edge is worse than long cheap detours.
    edges = []
    n = 2000
    for i in range(1, n):
        edges.append((i, i + 1, 1))
        if i + 2 <= n:
            edges.append((i, i + 2, 3))
        edges.append((1, i + 1, 2 * i + 1))
    write(outdir, "07-direct-edges-are-traps", n, relabel(rng, n, edges))

    # Cheap edges point backwards (towards node 1), so ignoring directions finds a cheaper route.
    n = 3000
    edges = []
    order = [1] + rng.sample(range(2, n), n - 2) + [n]
    for i in range(n - 1):
        edges.append((order[i], order[i + 1], rng.randint(10**6, 10**7)))
    for _ in range(6000):
        a, b = rng.sample(range(n), 2)
        lo, hi = min(a, b), max(a, b)
        edges.append((order[hi], order[lo], rng.randint(1, 100)))
    rng.shuffle(edges)
    write(outdir, "08-cheap-edges-backwards", n, edges)

    for t, (n, m) in enumerate([(50, 300), (1000, 6000), (3000, 15000)]):
        write(outdir, f"{9 + t:02d}-random-big-weights", n, random_graph(rng, n, m, 1, MAXW))

    # Many nodes but node n cannot be reached.
    n = 100000
    edges = []
    while len(edges) < 10000:
        u, v = rng.randint(1, n), rng.randint(1, n - 1)
        edges.append((u, v, rng.randint(1, MAXW)))
    edges.append((n, 1, 1))
    edges.append((n, n, 1))
    rng.shuffle(edges)
    write(outdir, "12-large-unreachable", n, edges)

    # A chain of maximal weights: the answer is about 10^13, far beyond 32 bits.
    n = 10000
    edges = [(i, i + 1, MAXW - rng.randint(0, 1000)) for i in range(1, n)]
    edges += [(rng.randint(1, n - 1), rng.randint(1, n), MAXW) for _ in range(500)]
    write(outdir, "13-max-weight-chain", n, relabel(rng, n, edges))

    # Worst case for Bellman-Ford: a path of 10^5 nodes listed from its far end, so each
    # round over the edge list settles just one more node.
    n = 100000
    edges = [(i, i + 1, rng.randint(1, 9)) for i in range(n - 1, 0, -1)]
    edges.append((1, n, 10**6))
    write(outdir, "14-max-reversed-path", n, edges)

    n = 5000
    write(outdir, "15-max-random", n, random_graph(rng, n, 100000, 1, 1000))


if __name__ == "__main__":
    main()
