# WRONG: prints the heap root even before k values have arrived, instead of -1.
import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []
    out = []
    for tok in data[2:2 + n]:
        heappush(heap, int(tok))
        if len(heap) > k:
            heappop(heap)
        out.append(heap[0])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
