# WRONG: counts pairs with a[i] + a[j] < K instead of <= K.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    cnt = 0
    r = n - 1
    for l in range(n):
        while r > l and a[l] + a[r] >= k:
            r -= 1
        if r <= l:
            break
        cnt += r - l
    print(cnt)


main()
