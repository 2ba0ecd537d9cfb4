# WRONG: one BFS from node 1 only; prints the largest depth, which is the longest path that
# starts at node 1, not the longest path in the tree.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i, p in enumerate(map(int, data[1:n]), 2):
        adj[i].append(p)
        adj[p].append(i)
    dist = [-1] * (n + 1)
    dist[1] = 0
    queue = [1]
    for u in queue:
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    print(max(dist))
    print(f"{sum(dist[1:]) / n:.10f}")


main()
