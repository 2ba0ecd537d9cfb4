from pairs import pair

print(*pair(int(input())))
