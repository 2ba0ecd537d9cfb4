// gas-station harness (C++): reads the test, calls Solution().canCompleteCircuit() from the
// user's solution.cpp and prints the returned index. <bits/stdc++.h> and "using namespace
// std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<int> gas(n), cost(n);
    for (int &x : gas)
        if (!(cin >> x)) return 1;
    for (int &x : cost)
        if (!(cin >> x)) return 1;
    Solution sol;
    int answer = sol.canCompleteCircuit(gas, cost); // judge-signature: class Solution { public: int canCompleteCircuit(vector<int>& gas, vector<int>& cost); }
    cout << answer << "\n";
    return 0;
}
