# WRONG: counts ordered pairs (i, j) over the whole array with bisect and halves the total, but
# forgets to remove the pairs with i == j (an element paired with itself when 2*a[i] <= K).
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    total = 0
    for x in a:
        total += bisect_right(a, k - x)
    print(total // 2)


main()
