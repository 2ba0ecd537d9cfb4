# two-sum harness (Python): reads the test, calls Solution().twoSum() from the user's
# solution.py and prints the two returned indices in ascending order.
from solution import *  # noqa: F401,F403

import sys as _sys


def _harness_main():
    data = _sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = [int(x) for x in data[2:2 + n]]
    res = list(Solution().twoSum(nums, target))  # noqa: F405
    if len(res) != 2:
        _sys.stderr.write("harness: twoSum must return 2 indices (got %d)\n" % len(res))
        _sys.stdout.write("invalid\n")
        return
    res.sort()
    _sys.stdout.write("%d %d\n" % (res[0], res[1]))


_harness_main()
