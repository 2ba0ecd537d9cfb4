# TOO SLOW: appends each value and re-sorts everything seen so far, O(n^2 log n). Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = []
    out = []
    for tok in data[2:2 + n]:
        seen.append(int(tok))
        seen.sort(reverse=True)
        out.append(seen[k - 1] if len(seen) >= k else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
