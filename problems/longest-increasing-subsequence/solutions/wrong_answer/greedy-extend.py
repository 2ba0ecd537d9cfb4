# WRONG: greedy, keeps an element whenever it is larger than the last one kept; an early large
# value blocks everything after it.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    count = 0
    last = None
    for x in map(int, data[1:1 + n]):
        if last is None or x > last:
            count += 1
            last = x
    print(count)


main()
