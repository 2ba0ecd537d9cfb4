# TOO SLOW: list.index() per query is a linear scan, O(n*q). Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for tok in data[2 + n:2 + n + q]:
        x = int(tok)
        try:
            out.append(a.index(x))
        except ValueError:
            out.append(-1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
