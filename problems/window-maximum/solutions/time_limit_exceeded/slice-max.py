# TOO SLOW: max() over a slice for every window, O(n*k). Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = [max(a[i:i + k]) for i in range(n - k + 1)]
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
