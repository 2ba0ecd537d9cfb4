# Disjoint-set union with union by size and path halving.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    groups = n
    out = []
    pos = 2
    for _ in range(m):
        op = data[pos]
        a = int(data[pos + 1])
        b = int(data[pos + 2])
        pos += 3
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if op == b"Q":
            out.append("YES" if a == b else "NO")
        elif a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            groups -= 1
    out.append(str(groups))
    sys.stdout.write("\n".join(out) + "\n")


main()
