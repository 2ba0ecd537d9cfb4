# TOO SLOW: checks every substring s[i..j] with a set, O(n^3) in the worst case. Correct answers.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    s = data[1] if n > 0 else ""
    best = 0
    for i in range(n):
        for j in range(i, n):
            sub = s[i:j + 1]
            if len(set(sub)) == len(sub) and len(sub) > best:
                best = len(sub)
    print(best)


main()
