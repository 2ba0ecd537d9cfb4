// Unbounded knapsack DP with the coin loop outside: best[a] = min(best[a], best[a - c] + 1).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int k, amount;
    cin >> k >> amount;
    vector<int> coins(k);
    for (int &c : coins) cin >> c;
    const int INF = INT_MAX / 2;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (int c : coins)
        for (int a = c; a <= amount; a++) best[a] = min(best[a], best[a - c] + 1);
    cout << (best[amount] >= INF ? -1 : best[amount]) << "\n";
}
