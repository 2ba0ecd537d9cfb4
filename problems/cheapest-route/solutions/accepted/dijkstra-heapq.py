# Dijkstra with heapq and lazy deletion (Python integers never overflow).
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    vals = list(map(int, data[2:2 + 3 * m]))
    for i in range(0, 3 * m, 3):
        adj[vals[i]].append((vals[i + 1], vals[i + 2]))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        d, u = pop(heap)
        if d > dist[u]:
            continue
        if u == n:
            break
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                push(heap, (nd, v))
    print(dist[n] if dist[n] != inf else -1)


main()
