// knapsack-01 harness (C++): reads the test, calls Solution().maxValue() from the user's
// solution.cpp and prints the returned total value. <bits/stdc++.h> and "using namespace std"
// are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, capacity;
    if (!(cin >> n >> capacity) || n < 1) return 1;
    vector<int> weights(n), values(n);
    for (int &x : weights)
        if (!(cin >> x)) return 1;
    for (int &x : values)
        if (!(cin >> x)) return 1;
    Solution sol;
    long long answer = sol.maxValue(weights, values, capacity); // judge-signature: class Solution { public: long long maxValue(vector<int>& weights, vector<int>& values, int capacity); }
    cout << answer << "\n";
    return 0;
}
