// subarray-sum-equals-k harness (C++): reads the test, calls Solution().subarraySum() from the
// user's solution.cpp and prints the returned count. <bits/stdc++.h> and "using namespace std"
// are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k) || n < 1) return 1;
    vector<int> nums(n);
    for (int &x : nums)
        if (!(cin >> x)) return 1;
    Solution sol;
    long long answer = sol.subarraySum(nums, k); // judge-signature: class Solution { public: long long subarraySum(vector<int>& nums, int k); }
    cout << answer << "\n";
    return 0;
}
