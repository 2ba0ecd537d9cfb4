#!/usr/bin/env python3
"""Test generator for cheapest-flights-k-stops: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
MAXN, MAXM, MAXP, MAXK = 10000, 50000, 10000, 100


def write(outdir, name, n, src, dst, k, flights):
    assert 2 <= n <= MAXN and 0 <= len(flights) <= MAXM and 0 <= k <= MAXK
    assert 0 <= src < n and 0 <= dst < n and src != dst
    assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= p <= MAXP for u, v, p in flights)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(flights)} {src} {dst} {k}\n")
        f.write("".join(f"{u} {v} {p}\n" for u, v, p in flights))


def random_flights(rng, n, m, top):
    flights = []
    while len(flights) < m:
        u, v = rng.sample(range(n), 2)
        flights.append((u, v, rng.randint(1, top)))
    return flights


def cheap_long_routes(rng, n, m, length):
    """Random flights plus many routes from 0 whose cost falls as they get longer: the more
    stops allowed, the cheaper the answer, so k really matters."""
    flights = random_flights(rng, n, m // 2, MAXP)
    while len(flights) < m:
        route = [0] + rng.sample(range(1, n), rng.randint(1, length))
        cost = max(1, MAXP // len(route) - rng.randint(0, 20))
        flights += [(route[i], route[i + 1], cost) for i in range(len(route) - 1)]
    flights = flights[:m]
    rng.shuffle(flights)
    return flights


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    sample = [(0, 1, 100), (1, 2, 100), (2, 3, 100), (0, 2, 500), (1, 3, 600), (0, 3, 900)]
    write(outdir, "sample-1", 4, 0, 3, 1, sample)
    write(outdir, "sample-2", 4, 0, 3, 2, sample)

    write(outdir, "01-no-flights", 2, 0, 1, 0, [])
    write(outdir, "02-direct-only", 2, 1, 0, 0, [(1, 0, 7)])
    write(outdir, "03-wrong-direction", 3, 0, 2, 5, [(2, 0, 1), (1, 0, 1), (2, 1, 1)])
    # A chain 0 -> 1 -> ... -> 9 listed in order: updating in place within a round walks the
    # whole chain in round one, though k = 0 allows the direct flight only.
    n = 10
    chain = [(i, i + 1, 1) for i in range(n - 1)]
    write(outdir, "04-chain-in-order-k0", n, 0, n - 1, 0, chain + [(0, n - 1, 1000)])
    write(outdir, "05-chain-in-order-k-short", n, 0, n - 1, n - 3, chain + [(0, n - 1, 1000)])
    write(outdir, "06-chain-exact-k", n, 0, n - 1, n - 2, [(0, n - 1, 1000)] + chain)
    write(outdir, "07-chain-unreachable", n, 0, n - 1, n - 3, chain)
    write(outdir, "08-parallel-flights", 3, 0, 2, 1,
          [(0, 1, 9), (0, 1, 4), (1, 2, 8), (1, 2, 3), (0, 2, 10), (0, 2, 8)])
    write(outdir, "09-random-small", 8, 2, 5, 2, random_flights(rng, 8, 20, 50))
    write(outdir, "10-random-medium", 300, 0, 299, 4, cheap_long_routes(rng, 300, 2000, 10))
    # Layers of 4 cities, every city of one layer flying to every city of the next: 4^30
    # routes, so trying all of them cannot finish.
    width, layers = 4, 32
    n = width * layers + 2
    flights = [(0, 1 + j, rng.randint(1, 100)) for j in range(width)]
    for layer in range(layers - 1):
        for a in range(width):
            for b in range(width):
                flights.append((1 + layer * width + a, 1 + (layer + 1) * width + b, rng.randint(1, 100)))
    flights += [(1 + (layers - 1) * width + j, n - 1, rng.randint(1, 100)) for j in range(width)]
    rng.shuffle(flights)
    write(outdir, "11-layers-many-routes", n, 0, n - 1, MAXK, flights)
    write(outdir, "12-large-random-k100", MAXN, 0, MAXN - 1, MAXK, random_flights(rng, MAXN, MAXM, MAXP))
    write(outdir, "13-large-long-routes-k3", MAXN, 0, 17, 3, cheap_long_routes(rng, MAXN, MAXM, 30))
    write(outdir, "14-large-long-routes-k100", MAXN, 0, 17, MAXK, cheap_long_routes(rng, MAXN, MAXM, 30))
    # A long cheap chain through every city with an expensive direct flight: at most 100 stops.
    n = MAXN
    labels = list(range(n))
    rng.shuffle(labels)
    flights = [(labels[i], labels[i + 1], 1) for i in range(n - 1)]
    flights += [(labels[0], labels[i], MAXP) for i in range(2, n, 3)]
    rng.shuffle(flights)
    write(outdir, "15-large-chain-and-shortcuts", n, labels[0], labels[150], MAXK, flights)


if __name__ == "__main__":
    main()
