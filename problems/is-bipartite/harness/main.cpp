// is-bipartite harness (C++): reads the test, calls Solution().isBipartite() from the user's
// solution.cpp and prints the returned answer as true or false. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m) || n < 1 || m < 0) return 1;
    vector<vector<int>> edges(m, vector<int>(2));
    for (auto &e : edges)
        if (!(cin >> e[0] >> e[1])) return 1;
    Solution sol;
    bool answer = sol.isBipartite(n, edges); // judge-signature: class Solution { public: bool isBipartite(int n, vector<vector<int>>& edges); }
    cout << (answer ? "true" : "false") << "\n";
    return 0;
}
