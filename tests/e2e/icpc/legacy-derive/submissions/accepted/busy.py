n = int(input())
# Counts the slow way, and burns a little more: the slowest accepted submission.
count = 0
for i in range(1, n + 1):
    if i % 7 == 0:
        count += 1
waste = 0
for i in range(3000000):
    waste += i
print(count)
