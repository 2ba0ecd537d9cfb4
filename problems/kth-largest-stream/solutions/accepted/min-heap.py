# Min-heap holding the k largest values so far; its root is the k-th largest. O(n log k).
import sys
from heapq import heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []
    out = []
    for tok in data[2:2 + n]:
        x = int(tok)
        if len(heap) < k:
            heappush(heap, x)
        elif x > heap[0]:
            heappushpop(heap, x)
        out.append(heap[0] if len(heap) == k else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
