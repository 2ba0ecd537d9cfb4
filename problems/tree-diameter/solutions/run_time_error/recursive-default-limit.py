# CRASHES: recursive DFS under Python's default recursion limit (1000) raises RecursionError
# on deep trees such as long paths.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i, p in enumerate(map(int, data[1:n]), 2):
        adj[i].append(p)
        adj[p].append(i)
    best = [0]
    depth_sum = [0]

    def height(u, parent, depth):
        depth_sum[0] += depth
        tallest = 0
        for v in adj[u]:
            if v != parent:
                h = height(v, u, depth + 1) + 1
                best[0] = max(best[0], tallest + h)
                tallest = max(tallest, h)
        return tallest

    height(1, 0, 0)
    print(best[0])
    print(depth_sum[0] / n)


main()
