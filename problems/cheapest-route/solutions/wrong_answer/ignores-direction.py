# WRONG: adds every edge in both directions, as if the roads were two-way.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    vals = list(map(int, data[2:2 + 3 * m]))
    for i in range(0, 3 * m, 3):
        u, v, w = vals[i], vals[i + 1], vals[i + 2]
        adj[u].append((v, w))
        adj[v].append((u, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    print(dist[n] if dist[n] != inf else -1)


main()
