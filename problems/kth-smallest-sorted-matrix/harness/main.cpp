// kth-smallest-sorted-matrix harness (C++): reads the test, calls Solution().kthSmallest()
// from the user's solution.cpp and prints the returned values in order, separated by spaces.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n) || n < 1) return 1;
    vector<vector<int>> matrix(n, vector<int>(n));
    for (auto &row : matrix)
        for (int &x : row)
            if (!(cin >> x)) return 1;
    if (!(cin >> q) || q < 1) return 1;
    vector<int> queries(q);
    for (int &x : queries)
        if (!(cin >> x)) return 1;
    Solution sol;
    vector<int> res = sol.kthSmallest(matrix, queries); // judge-signature: class Solution { public: vector<int> kthSmallest(vector<vector<int>>& matrix, vector<int>& queries); }
    if ((int)res.size() != q) {
        cerr << "harness: kthSmallest must return " << q << " values (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve((size_t)q * 12);
    for (int i = 0; i < q; i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
