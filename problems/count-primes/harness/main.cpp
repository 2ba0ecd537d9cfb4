// count-primes harness (C++): reads the test, calls Solution().countPrimes() from the user's
// solution.cpp and prints the returned counts, one per line. <bits/stdc++.h> and "using
// namespace std" are in effect before the user's code.
#include <bits/stdc++.h>
using namespace std;

#include "solution.cpp"

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    if (!(cin >> q) || q < 1) return 1;
    vector<int> queries(q);
    for (int &x : queries)
        if (!(cin >> x)) return 1;
    Solution sol;
    vector<int> res = sol.countPrimes(queries); // judge-signature: class Solution { public: vector<int> countPrimes(vector<int>& queries); }
    if ((int)res.size() != q) {
        cerr << "harness: countPrimes must return " << q << " counts (got " << res.size() << ")\n";
        cout << "invalid\n";
        return 0;
    }
    string out;
    out.reserve((size_t)q * 8);
    for (int x : res) {
        out += to_string(x);
        out += '\n';
    }
    cout << out;
    return 0;
}
