// trapping-rain-water harness (C++): reads the test, calls Solution().trap() from the user's
// solution.cpp and prints the returned amount of water. <bits/stdc++.h> and "using namespace std"
// are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<int> height(n);
    for (int &x : height)
        if (!(cin >> x)) return 1;
    Solution sol;
    long long answer = sol.trap(height); // judge-signature: class Solution { public: long long trap(vector<int>& height); }
    cout << answer << "\n";
    return 0;
}
