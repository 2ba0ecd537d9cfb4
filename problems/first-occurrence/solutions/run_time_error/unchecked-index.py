# CRASHES: reads a[i] at the insertion point without checking i < n, so a query larger than every
# element raises IndexError.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        x = int(tok)
        i = bisect_left(a, x)
        out.append(i if a[i] == x else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
