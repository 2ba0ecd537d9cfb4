// cheapest-flights-k-stops harness (C++): reads the test, calls Solution().findCheapestPrice()
// from the user's solution.cpp and prints the returned price. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, src, dst, k;
    if (!(cin >> n >> m >> src >> dst >> k) || n < 1 || m < 0) return 1;
    vector<vector<int>> flights(m, vector<int>(3));
    for (auto &f : flights)
        if (!(cin >> f[0] >> f[1] >> f[2])) return 1;
    Solution sol;
    int answer = sol.findCheapestPrice(n, flights, src, dst, k); // judge-signature: class Solution { public: int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k); }
    cout << answer << "\n";
    return 0;
}
