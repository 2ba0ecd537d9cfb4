// count-bits-upto harness (C++): reads the test, calls Solution().countBitsUpto() from the
// user's solution.cpp once per query and prints each returned total on its own line.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    if (!(cin >> q) || q < 1) return 1;
    Solution sol;
    for (int i = 0; i < q; i++) {
        long long n;
        if (!(cin >> n)) return 1;
        long long answer = sol.countBitsUpto(n); // judge-signature: class Solution { public: long long countBitsUpto(long long n); }
        cout << answer << "\n";
    }
    return 0;
}
