# WRONG: on a repeat starts a fresh window at the current letter, throwing away the letters
# between the two copies that could have stayed (e.g. "abcad" gives 3 instead of 4).
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1] if n > 0 else ""
    seen = set()
    cur = 0
    best = 0
    for c in s:
        if c in seen:
            seen = {c}
            cur = 1
        else:
            seen.add(c)
            cur += 1
        best = max(best, cur)
    print(best)


main()
