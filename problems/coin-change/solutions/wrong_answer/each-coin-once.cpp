// WRONG: 0/1 knapsack (amounts iterated downwards), so every coin value can be used only once.
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
        for (int a = amount; a >= c; a--) best[a] = min(best[a], best[a - c] + 1);
    cout << (best[amount] >= INF ? -1 : best[amount]) << "\n";
}
