# CRASHES: always reads the string as the second token; for n = 0 there is none (IndexError).
import sys


def main():
    data = sys.stdin.read().split()
    s = data[1]
    last = {}
    left = 0
    best = 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    print(best)


main()
