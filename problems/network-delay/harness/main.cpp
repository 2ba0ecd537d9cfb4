// network-delay harness (C++): reads the test, calls Solution().networkDelayTime() from the
// user's solution.cpp and prints the returned time. <bits/stdc++.h> and "using namespace std"
// are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, k;
    if (!(cin >> n >> m >> k) || n < 1 || m < 0) return 1;
    vector<vector<int>> times(m, vector<int>(3));
    for (auto &t : times)
        if (!(cin >> t[0] >> t[1] >> t[2])) return 1;
    Solution sol;
    int answer = sol.networkDelayTime(times, n, k); // judge-signature: class Solution { public: int networkDelayTime(vector<vector<int>>& times, int n, int k); }
    cout << answer << "\n";
    return 0;
}
