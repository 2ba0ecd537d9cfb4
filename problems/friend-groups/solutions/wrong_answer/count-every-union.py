# WRONG: decreases the number of groups on every "U", even when the two people were
# already in the same group.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    out = []
    for i in range(m):
        op, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
        ra, rb = find(a), find(b)
        if op == b"Q":
            out.append("YES" if ra == rb else "NO")
        else:
            parent[ra] = rb
            groups -= 1
    out.append(str(groups))
    print("\n".join(out))


main()
