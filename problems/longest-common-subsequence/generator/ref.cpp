// Reference for longest-common-subsequence: the O(n * m) table, two rows kept.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    string s, t;
    if (!(cin >> s >> t)) return 1;
    vector<int> prev(t.size() + 1, 0), cur(t.size() + 1, 0);
    for (char ch : s) {
        for (size_t j = 0; j < t.size(); j++)
            cur[j + 1] = ch == t[j] ? prev[j] + 1 : max(prev[j + 1], cur[j]);
        swap(prev, cur);
    }
    cout << prev[t.size()] << "\n";
    return 0;
}
