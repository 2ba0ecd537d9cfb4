// redundant-connection harness (C++): reads the test, calls
// Solution().findRedundantConnection() from the user's solution.cpp and prints the returned
// edge. <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<vector<int>> edges(n, vector<int>(2));
    for (auto &edge : edges)
        if (!(cin >> edge[0] >> edge[1])) return 1;
    Solution sol;
    vector<int> answer = sol.findRedundantConnection(edges); // judge-signature: class Solution { public: vector<int> findRedundantConnection(vector<vector<int>>& edges); }
    for (size_t i = 0; i < answer.size(); i++)
        cout << (i ? " " : "") << answer[i];
    cout << "\n";
    return 0;
}
