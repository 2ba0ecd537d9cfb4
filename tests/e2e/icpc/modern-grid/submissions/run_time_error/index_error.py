n = int(input())
print('#.'[n + 5])
