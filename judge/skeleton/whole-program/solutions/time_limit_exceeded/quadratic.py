# Time limit exceeded: every prefix summed again from the start, n^2 / 2 additions.
n = int(input())
values = list(map(int, input().split()[:n]))
total = 0
for i in range(n):
    total = 0
    for j in range(i + 1):
        total += values[j]
print(total)
