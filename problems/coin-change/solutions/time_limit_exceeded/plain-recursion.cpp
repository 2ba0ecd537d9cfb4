// Naive: tries every coin at every step by recursion without memoisation; correct, but the
// number of calls grows exponentially with the amount.
#include <bits/stdc++.h>
using namespace std;

int k;
vector<int> coins;
const int INF = INT_MAX / 2;

int fewest(int amount) {
    if (amount == 0) return 0;
    int best = INF;
    for (int c : coins)
        if (c <= amount) best = min(best, fewest(amount - c) + 1);
    return best;
}

int main() {
    int amount;
    cin >> k >> amount;
    coins.resize(k);
    for (int &c : coins) cin >> c;
    int answer = fewest(amount);
    cout << (answer >= INF ? -1 : answer) << "\n";
}
