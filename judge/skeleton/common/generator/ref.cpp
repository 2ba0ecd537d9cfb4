// The reference solution (docs/authoring.md): a whole program, read from stdin, written to
// stdout, trusted to be right. `judge gen` answers every generated test with it; `judge
// stress` and `judge tests add` ask it too. This one solves the example problem (the sum of n
// numbers): replace it with your problem's solution.
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1)
        return 1;
    long long sum = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (std::scanf("%lld", &x) != 1)
            return 1;
        sum += x;
    }
    std::printf("%lld\n", sum);
    return 0;
}
