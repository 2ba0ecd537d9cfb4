# Sort by left end; extend the current block while the next interval starts inside it.
# O(n log n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + 2 * n]))
    iv = sorted(zip(nums[0::2], nums[1::2]))
    res = []
    cur_l, cur_r = iv[0]
    for l, r in iv:
        if l <= cur_r:
            if r > cur_r:
                cur_r = r
        else:
            res.append("%d %d" % (cur_l, cur_r))
            cur_l, cur_r = l, r
    res.append("%d %d" % (cur_l, cur_r))
    sys.stdout.write("%d\n%s\n" % (len(res), "\n".join(res)))


main()
