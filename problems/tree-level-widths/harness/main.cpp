// tree-level-widths harness (C++): reads the test, calls Solution().levelWidths() from the
// user's solution.cpp and prints the returned counts on one line. <bits/stdc++.h> and
// "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<int> parent(n);
    for (int &x : parent)
        if (!(cin >> x)) return 1;
    Solution sol;
    vector<int> res = sol.levelWidths(parent); // judge-signature: class Solution { public: vector<int> levelWidths(vector<int>& parent); }
    if (res.empty() || (int)res.size() > n) {
        cerr << "harness: levelWidths must return between 1 and " << n << " counts (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve(res.size() * 7);
    for (size_t i = 0; i < res.size(); i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
