# Sliding window: remember each letter's last position; the window starts after the last repeat.
# O(n).
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1] if n > 0 else ""
    last = {}
    left = 0
    best = 0
    for i, c in enumerate(s):
        p = last.get(c, -1)
        if p >= left:
            left = p + 1
        last[c] = i
        if i - left + 1 > best:
            best = i - left + 1
    print(best)


main()
