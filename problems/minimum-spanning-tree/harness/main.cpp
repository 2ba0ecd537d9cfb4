// minimum-spanning-tree harness (C++): reads the test, calls Solution().minimumSpanningTree()
// from the user's solution.cpp and prints the returned total weight. <bits/stdc++.h> and
// "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m) || n < 1 || m < 0) return 1;
    vector<vector<int>> edges(m, vector<int>(3));
    for (auto &e : edges)
        if (!(cin >> e[0] >> e[1] >> e[2])) return 1;
    Solution sol;
    long long answer = sol.minimumSpanningTree(edges, n); // judge-signature: class Solution { public: long long minimumSpanningTree(vector<vector<int>>& edges, int n); }
    cout << answer << "\n";
    return 0;
}
