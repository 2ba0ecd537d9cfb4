// max-non-overlapping harness (C++): reads the test, calls Solution().maxNonOverlapping() from the
// user's solution.cpp and prints the returned count. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<vector<int>> intervals(n, vector<int>(2));
    for (auto &meeting : intervals)
        if (!(cin >> meeting[0] >> meeting[1])) return 1;
    Solution sol;
    int answer = sol.maxNonOverlapping(intervals); // judge-signature: class Solution { public: int maxNonOverlapping(vector<vector<int>>& intervals); }
    cout << answer << "\n";
    return 0;
}
