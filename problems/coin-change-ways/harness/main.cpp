// coin-change-ways harness (C++): reads the test, calls Solution().change() from the user's
// solution.cpp and prints the returned count. <bits/stdc++.h> and "using namespace std" are in
// effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, amount;
    if (!(cin >> n >> amount) || n < 1) return 1;
    vector<int> coins(n);
    for (int &x : coins)
        if (!(cin >> x)) return 1;
    Solution sol;
    int answer = sol.change(amount, coins); // judge-signature: class Solution { public: int change(int amount, vector<int>& coins); }
    cout << answer << "\n";
    return 0;
}
