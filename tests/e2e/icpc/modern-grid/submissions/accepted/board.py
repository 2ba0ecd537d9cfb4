n = int(input())
for r in range(n):
    print(' '.join('#.'[(r + c) % 2] for c in range(n)))
