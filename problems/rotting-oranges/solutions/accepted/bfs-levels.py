# Breadth-first search from every rotten orange at once, one level per minute, on the grid
# flattened to one list (cell i * cols + j). The minutes are the number of levels that rot
# something; a fresh orange left at the end means -1. O(rows * cols).
class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        state = [x for row in grid for x in row]
        fresh = state.count(1)
        if fresh == 0:
            return 0
        size = rows * cols
        frontier = [i for i, x in enumerate(state) if x == 2]
        minutes = 0
        while frontier and fresh:
            rotted = []
            for i in frontier:
                j = i % cols
                if i >= cols and state[i - cols] == 1:
                    state[i - cols] = 2
                    rotted.append(i - cols)
                if i + cols < size and state[i + cols] == 1:
                    state[i + cols] = 2
                    rotted.append(i + cols)
                if j > 0 and state[i - 1] == 1:
                    state[i - 1] = 2
                    rotted.append(i - 1)
                if j + 1 < cols and state[i + 1] == 1:
                    state[i + 1] = 2
                    rotted.append(i + 1)
            if rotted:
                minutes += 1
                fresh -= len(rotted)
            frontier = rotted
        return -1 if fresh else minutes
