name = input().strip()
print('  Hello, ', '\n', name + '!  ')
