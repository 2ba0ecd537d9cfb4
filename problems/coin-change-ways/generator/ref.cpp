// Reference for coin-change-ways: ways[a] = the number of combinations of the coins seen so far
// that make a; the coins in the outer loop, so each combination is counted once, in the order
// of the coins. Everything modulo 10^9 + 7. Fails (exit 2) on an input outside the constraints.
#include <cstdio>
#include <set>
#include <vector>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2 || n < 1 || n > 100 || amount < 0 || amount > 100000 ||
        (long long)n * amount > 1000000LL)
        return 2;
    vector<int> coins(n);
    set<int> seen;
    for (int &c : coins) {
        if (scanf("%d", &c) != 1 || c < 1 || c > 10000 || !seen.insert(c).second) return 2;
    }
    int extra;
    if (scanf("%d", &extra) == 1) return 2;
    vector<long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (int c : coins)
        for (int a = c; a <= amount; a++)
            ways[a] = (ways[a] + ways[a - c]) % MOD;
    printf("%lld\n", ways[amount]);
    return 0;
}
