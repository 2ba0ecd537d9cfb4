# WRONG: prints the insertion point from bisect_left without checking that x is really there.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        out.append(bisect_left(a, int(tok)))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
