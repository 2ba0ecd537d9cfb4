# CRASHES: a recursive find() under Python's default recursion limit raises RecursionError
# once a chain of unions makes a tree deeper than about 1000.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    groups = n
    out = []
    for i in range(m):
        op, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
        ra, rb = find(a), find(b)
        if op == b"Q":
            out.append("YES" if ra == rb else "NO")
        elif ra != rb:
            parent[ra] = rb
            groups -= 1
    out.append(str(groups))
    print("\n".join(out))


main()
