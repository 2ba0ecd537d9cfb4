# TOO SLOW: tries every buy day i and sale day j > i, O(n^2). Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = list(map(int, data[1:1 + n]))
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            if p[j] - p[i] > best:
                best = p[j] - p[i]
    print(best)


main()
