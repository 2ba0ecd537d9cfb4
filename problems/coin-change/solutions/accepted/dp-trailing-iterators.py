# DP over amounts, best[a] = 1 + min(best[a - c] for every coin c), fast enough for Python with
# k * A up to 10^7: one live list iterator per coin trails the amount being filled by c, so
# zip() hands over all the best[a - c] values at once without an inner Python loop.
# best[] is padded with "infinity" below amount 0, so coins larger than a need no test.
import sys
from itertools import islice


def main():
    data = sys.stdin.read().split()
    k, amount = int(data[0]), int(data[1])
    coins = sorted({int(x) for x in data[2:2 + k] if int(x) <= amount})
    if amount == 0 or not coins:
        print(0 if amount == 0 else -1)
        return
    inf = 1 << 40
    pad = coins[-1]
    best = [inf] * (pad + amount + 1)
    best[pad] = 0
    # A list iterator reads the list as it is at each step, so it sees values written after
    # it was created: the iterator for coin c yields best[a - c], already final.
    trailing = [islice(best, pad + 1 - c, None) for c in coins]
    for a, previous in zip(range(pad + 1, pad + amount + 1), zip(*trailing)):
        best[a] = min(previous) + 1
    answer = best[pad + amount]
    print(answer if answer < inf else -1)


main()
