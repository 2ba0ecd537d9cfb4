# TOO SLOW: repeatedly looks for any two overlapping intervals and merges them, then sorts what is
# left; O(n^2) pair checks even when nothing overlaps. Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + 2 * n]))
    v = [[nums[2 * i], nums[2 * i + 1]] for i in range(n)]
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(v):
            j = i + 1
            while j < len(v):
                if v[j][0] <= v[i][1] and v[i][0] <= v[j][1]:
                    v[i] = [min(v[i][0], v[j][0]), max(v[i][1], v[j][1])]
                    v[j] = v[-1]
                    v.pop()
                    changed = True
                    j = i + 1
                else:
                    j += 1
            i += 1
    v.sort()
    sys.stdout.write("%d\n%s\n" % (len(v), "\n".join("%d %d" % (l, r) for l, r in v)))


main()
