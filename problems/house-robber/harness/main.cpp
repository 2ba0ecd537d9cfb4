// house-robber harness (C++): reads the test, calls Solution().rob() from the user's
// solution.cpp and prints the returned total. <bits/stdc++.h> and "using namespace std" are in
// effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<int> nums(n);
    for (int &x : nums)
        if (!(cin >> x)) return 1;
    Solution sol;
    long long answer = sol.rob(nums); // judge-signature: class Solution { public: long long rob(vector<int>& nums); }
    cout << answer << "\n";
    return 0;
}
