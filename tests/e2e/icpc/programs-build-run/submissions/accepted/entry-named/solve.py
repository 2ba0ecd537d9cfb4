from numbers_io import read_two

a, b = read_two()
print(a + b)
