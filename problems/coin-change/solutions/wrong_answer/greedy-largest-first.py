# WRONG: greedy, always takes as many of the largest coin as fit; neither always optimal nor
# always able to finish when an exact answer exists.
import sys


def main():
    data = sys.stdin.read().split()
    k, amount = int(data[0]), int(data[1])
    coins = sorted((int(x) for x in data[2:2 + k]), reverse=True)
    used = 0
    for c in coins:
        used += amount // c
        amount %= c
    print(used if amount == 0 else -1)


main()
