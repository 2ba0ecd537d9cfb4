# Accepted: Python's integers do not overflow.
n = int(input())
print(sum(map(int, input().split()[:n])))
