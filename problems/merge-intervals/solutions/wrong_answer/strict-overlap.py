# WRONG: merges only when the next interval starts strictly inside the current one (l < cur_r),
# so touching intervals like [1,2] and [2,3] stay separate.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + 2 * n]))
    iv = sorted(zip(nums[0::2], nums[1::2]))
    res = [list(iv[0])]
    for l, r in iv[1:]:
        if l < res[-1][1]:
            res[-1][1] = max(res[-1][1], r)
        else:
            res.append([l, r])
    sys.stdout.write("%d\n%s\n" % (len(res), "\n".join("%d %d" % (l, r) for l, r in res)))


main()
