// WRONG: uses the board's mirror symmetry (count the placements whose first-row queen is in
// the left half, then double) but, for odd n, doubles the middle column too: a placement
// starting there mirrors to another that also starts there, so those are counted twice
// (n = 1 gives 2 instead of 1).
class Solution {
    int full;

    int solve(int cols, int left, int right) {
        if (cols == full) return 1;
        int count = 0;
        for (int free = full & ~(cols | left | right); free; free &= free - 1) {
            int bit = free & -free;
            count += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1);
        }
        return count;
    }

public:
    int totalNQueens(int n) {
        full = (1 << n) - 1;
        int count = 0;
        for (int col = 0; col < (n + 1) / 2; col++) {
            int bit = 1 << col;
            count += solve(bit, (bit << 1) & full, bit >> 1);
        }
        return 2 * count;
    }
};
