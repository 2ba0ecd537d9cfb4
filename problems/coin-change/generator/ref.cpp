// Reference for coin-change: unbounded knapsack DP over amounts 0..A, O(k * A).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int k, amount;
    if (scanf("%d %d", &k, &amount) != 2) return 1;
    vector<int> coins(k);
    for (int &c : coins)
        if (scanf("%d", &c) != 1) return 1;
    const int INF = 1 << 30;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (int a = 1; a <= amount; a++)
        for (int c : coins)
            if (c <= a && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
    printf("%d\n", best[amount] >= INF ? -1 : best[amount]);
    return 0;
}
