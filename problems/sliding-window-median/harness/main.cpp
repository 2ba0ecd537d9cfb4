// sliding-window-median harness (C++): reads the test, calls Solution().medianSlidingWindow() from the
// user's solution.cpp and prints the returned values in order, separated by spaces.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k) || n < 1 || k < 1 || k > n) return 1;
    vector<int> nums(n);
    for (int &x : nums)
        if (!(cin >> x)) return 1;
    int m = n - k + 1;
    Solution sol;
    vector<int> res = sol.medianSlidingWindow(nums, k); // judge-signature: class Solution { public: vector<int> medianSlidingWindow(vector<int>& nums, int k); }
    if ((int)res.size() != m) {
        cerr << "harness: medianSlidingWindow must return " << m << " values (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve((size_t)m * 8);
    for (int i = 0; i < m; i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
