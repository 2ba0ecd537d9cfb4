// two-sum harness (C++): reads the test, calls Solution().twoSum() from the user's
// solution.cpp and prints the two returned indices in ascending order.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, target;
    if (!(cin >> n >> target))
        return 1;
    vector<int> nums(n);
    for (auto &x : nums)
        cin >> x;
    Solution sol;
    vector<int> res = sol.twoSum(nums, target); // judge-signature: class Solution { public: vector<int> twoSum(vector<int>& nums, int target); }
    if (res.size() != 2) {
        cerr << "harness: twoSum must return 2 indices (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    sort(res.begin(), res.end());
    cout << res[0] << ' ' << res[1] << '\n';
    return 0;
}
