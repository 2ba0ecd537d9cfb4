# Run-time error: a recursion as deep as the input is long passes Python's limit (1000).
def total(values, i):
    return 0 if i == len(values) else values[i] + total(values, i + 1)


n = int(input())
print(total(list(map(int, input().split()[:n])), 0))
