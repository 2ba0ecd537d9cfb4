# max-subarray harness (Python): reads the test, calls Solution().maxSubArray() from the
# user's solution.py and prints the returned sum.
from solution import *  # noqa: F401,F403

import sys as _sys


def _harness_main():
    data = _sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = [int(x) for x in data[1:1 + n]]
    _sys.stdout.write("%d\n" % Solution().maxSubArray(nums))  # noqa: F405


_harness_main()
