// search-rotated-array harness (C++): reads the test, calls Solution().search() from the
// user's solution.cpp once per query and prints the returned indices, one per line.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q) || n < 1 || q < 0) return 1;
    vector<int> nums(n), targets(q);
    for (int &x : nums)
        if (!(cin >> x)) return 1;
    for (int &x : targets)
        if (!(cin >> x)) return 1;
    Solution sol;
    string out;
    for (int target : targets) {
        int answer = sol.search(nums, target); // judge-signature: class Solution { public: int search(vector<int>& nums, int target); }
        out += to_string(answer);
        out += '\n';
    }
    cout << out;
    return 0;
}
