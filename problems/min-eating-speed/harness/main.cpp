// min-eating-speed harness (C++): reads the test, calls Solution().minEatingSpeed() from the
// user's solution.cpp and prints the returned speed. <bits/stdc++.h> and "using namespace std"
// are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, h;
    if (!(cin >> n >> h) || n < 1) return 1;
    vector<int> piles(n);
    for (int &x : piles)
        if (!(cin >> x)) return 1;
    Solution sol;
    int answer = sol.minEatingSpeed(piles, h); // judge-signature: class Solution { public: int minEatingSpeed(vector<int>& piles, int h); }
    cout << answer << "\n";
    return 0;
}
