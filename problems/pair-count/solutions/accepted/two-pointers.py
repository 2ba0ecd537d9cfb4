# Sort; for each left index l, the partners are l+1..r where r only moves left. O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    cnt = 0
    r = n - 1
    for l in range(n):
        x = k - a[l]
        while r > l and a[r] > x:
            r -= 1
        if r <= l:
            break
        cnt += r - l
    print(cnt)


main()
