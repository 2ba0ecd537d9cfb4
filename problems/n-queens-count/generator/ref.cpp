// Reference for n-queens-count: row-by-row backtracking with the attacked columns and both
// diagonals kept as bitmasks.
#include <cstdio>

static int n, full;

static long long solve(int cols, int left, int right) {
    if (cols == full) return 1;
    long long count = 0;
    for (int free = full & ~(cols | left | right); free; free &= free - 1) {
        int bit = free & -free;
        count += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1);
    }
    return count;
}

int main() {
    if (scanf("%d", &n) != 1 || n < 1 || n > 11) return 1;
    full = (1 << n) - 1;
    printf("%lld\n", solve(0, 0, 0));
    return 0;
}
