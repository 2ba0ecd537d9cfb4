# Binary search over [1, 10^9]; flush=True sends every query at once.
import sys


def main():
    lo, hi = 1, 10**9
    while lo <= hi:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)
        reply = sys.stdin.readline().strip()
        if reply == "=" or not reply:
            return
        if reply == "<":
            hi = mid - 1
        else:
            lo = mid + 1


main()
