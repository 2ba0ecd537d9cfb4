#!/usr/bin/env python3
"""Test generator for tree-diameter: writes OUTDIR/<name>.in for every test.

Trees are built as edge lists over vertices 0..n-1; `one` chooses the vertex that becomes node 1,
the other vertices get shuffled labels 2..n, and the parent list is taken with node 1 as root."""
import os
import random
import sys
from collections import deque

SEED = 20261203


def write_tree(outdir, name, rng, n, edges, one=0, shuffle=True):
    labels = list(range(2, n + 1))
    if shuffle:
        rng.shuffle(labels)
    label = [0] * n
    label[one] = 1
    it = iter(labels)
    for v in range(n):
        if v != one:
            label[v] = next(it)
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    parent = [0] * (n + 1)
    seen = [False] * n
    seen[one] = True
    queue = deque([one])
    count = 1
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                count += 1
                parent[label[v]] = label[u]
                queue.append(v)
    assert count == n and len(edges) == n - 1, name
    write_parents(outdir, name, n, parent[2:])


def write_parents(outdir, name, n, parents):
    assert len(parents) == n - 1
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n}\n")
        f.write(" ".join(map(str, parents)) + "\n")


def path_edges(n):
    return [(i, i + 1) for i in range(n - 1)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write_parents(outdir, "sample-1", 5, [1, 1, 2, 2])
    write_parents(outdir, "sample-2", 4, [1, 2, 1])

    write_parents(outdir, "01-min-single-node", 1, [])
    write_parents(outdir, "02-two-nodes", 2, [1])
    write_parents(outdir, "03-star-around-node-1", 200000, [1] * 199999)

    # Node 1 is a leaf of a star: the centre is its only neighbour.
    n = 30000
    write_tree(outdir, "04-star-node-1-is-a-leaf", rng, n, [(0, v) for v in range(1, n)], one=5)

    # Node 1 hangs off a vertex that joins two long arms of different lengths: the longest
    # path avoids node 1, and twice the depth of node 1's tree overshoots it.
    n = 3001
    edges = [(0, 1)] + [(1, 2)] + [(i, i + 1) for i in range(2, 1799)]
    edges += [(1, 1800)] + [(i, i + 1) for i in range(1800, n - 1)]
    write_tree(outdir, "05-longest-path-avoids-node-1", rng, n, edges, one=0)

    write_tree(outdir, "06-path-node-1-in-middle", rng, 50000, path_edges(50000), one=20000)

    # A caterpillar: a spine with short legs.
    n, spine = 60000, 20000
    edges = path_edges(spine)
    edges += [(rng.randrange(spine), v) for v in range(spine, n)]
    write_tree(outdir, "07-caterpillar", rng, n, edges, one=rng.randrange(spine, n))

    # Complete binary tree in heap order (parent of i is i // 2), labels kept.
    n = 32767
    write_parents(outdir, "08-complete-binary-tree", n, [i // 2 for i in range(2, n + 1)])

    # Random recursive tree: shallow, many branches.
    n = 50000
    edges = [(rng.randrange(v), v) for v in range(1, n)]
    write_tree(outdir, "09-random-shallow", rng, n, edges, one=rng.randrange(n))

    # Random tree with long chains: every vertex attaches to one of the last few vertices.
    n = 60000
    edges = [(rng.randrange(max(0, v - 5), v), v) for v in range(1, n)]
    write_tree(outdir, "10-random-deep", rng, n, edges, one=rng.randrange(n))

    # Several long arms from one vertex, node 1 at the end of a short one.
    n = 45001
    edges, nxt = [], 1
    for length in (15000, 14999, 10000, 5000, 1):
        prev = 0
        for _ in range(length):
            edges.append((prev, nxt))
            prev = nxt
            nxt += 1
    assert nxt == n
    write_tree(outdir, "11-spider", rng, n, edges, one=n - 1)

    # A path of 200000 nodes starting at node 1: a recursive DFS from node 1 goes 200000 deep.
    n = 200000
    write_tree(outdir, "12-max-path-from-node-1", rng, n, path_edges(n), one=0)


if __name__ == "__main__":
    main()
