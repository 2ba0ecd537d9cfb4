// largest-rectangle-histogram harness (C++): reads the test, calls
// Solution().largestRectangleArea() from the user's solution.cpp and prints the returned area.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<int> heights(n);
    for (int &x : heights)
        if (!(cin >> x)) return 1;
    Solution sol;
    long long answer = sol.largestRectangleArea(heights); // judge-signature: class Solution { public: long long largestRectangleArea(vector<int>& heights); }
    cout << answer << "\n";
    return 0;
}
