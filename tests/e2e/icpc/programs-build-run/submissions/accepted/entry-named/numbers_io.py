def read_two():
    a, b = map(int, input().split())
    return a, b
