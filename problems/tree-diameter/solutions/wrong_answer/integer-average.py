# WRONG: the diameter is right, but the average depth uses integer division and loses the
# fractional part.
import sys


def bfs(adj, n, start):
    dist = [-1] * (n + 1)
    dist[start] = 0
    queue = [start]
    for u in queue:
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist, queue[-1]


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i, p in enumerate(map(int, data[1:n]), 2):
        adj[i].append(p)
        adj[p].append(i)
    dist, far = bfs(adj, n, 1)
    depth_sum = sum(dist[1:])
    dist2, far2 = bfs(adj, n, far)
    print(dist2[far2])
    print(depth_sum // n)


main()
