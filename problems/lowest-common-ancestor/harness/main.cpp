// lowest-common-ancestor harness (C++): reads the test, calls
// Solution().lowestCommonAncestors() from the user's solution.cpp and prints the returned
// nodes, one per line. <bits/stdc++.h> and "using namespace std" are in effect before the
// user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q) || n < 1 || q < 1) return 1;
    vector<int> parent(n);
    for (int &x : parent)
        if (!(cin >> x)) return 1;
    vector<vector<int>> queries(q, vector<int>(2));
    for (auto &query : queries)
        if (!(cin >> query[0] >> query[1])) return 1;
    Solution sol;
    vector<int> res = sol.lowestCommonAncestors(parent, queries); // judge-signature: class Solution { public: vector<int> lowestCommonAncestors(vector<int>& parent, vector<vector<int>>& queries); }
    if ((int)res.size() != q) {
        cerr << "harness: lowestCommonAncestors must return " << q << " nodes (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve((size_t)q * 7);
    for (int x : res) {
        out += to_string(x);
        out += '\n';
    }
    cout << out;
    return 0;
}
