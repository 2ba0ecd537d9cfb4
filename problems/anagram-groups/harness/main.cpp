// anagram-groups harness (C++): reads the test, calls Solution().anagramGroupSizes() from the
// user's solution.cpp and prints the returned sizes in order, separated by spaces.
// <bits/stdc++.h> and "using namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n) || n < 1) return 1;
    vector<string> words(n);
    for (string &w : words)
        if (!(cin >> w)) return 1;
    Solution sol;
    vector<int> res = sol.anagramGroupSizes(words); // judge-signature: class Solution { public: vector<int> anagramGroupSizes(vector<string>& words); }
    if (res.empty() || (int)res.size() > n) {
        cerr << "harness: anagramGroupSizes must return between 1 and " << n << " sizes (got "
             << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve(res.size() * 7);
    for (size_t i = 0; i < res.size(); i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
