// range-sum-queries harness (C++): reads the test, calls Solution().rangeSums() from the
// user's solution.cpp and prints the returned sums, one per line. <bits/stdc++.h> and
// "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q) || n < 1 || q < 1) return 1;
    vector<int> nums(n);
    for (int &x : nums)
        if (!(cin >> x)) return 1;
    vector<vector<int>> queries(q, vector<int>(2));
    for (auto &query : queries)
        if (!(cin >> query[0] >> query[1])) return 1;
    Solution sol;
    vector<long long> res = sol.rangeSums(nums, queries); // judge-signature: class Solution { public: vector<long long> rangeSums(vector<int>& nums, vector<vector<int>>& queries); }
    if ((int)res.size() != q) {
        cerr << "harness: rangeSums must return " << q << " sums (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve((size_t)q * 8);
    for (long long s : res) {
        out += to_string(s);
        out += '\n';
    }
    cout << out;
    return 0;
}
