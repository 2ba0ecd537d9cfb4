// Reference for longest-palindromic-substring: expand around every centre (a letter or the
// gap between two letters), O(n^2).
#include <algorithm>
#include <iostream>
#include <string>
using namespace std;

int main() {
    string s;
    if (!(cin >> s)) return 1;
    int n = s.size(), best = 0;
    for (int c = 0; c < n; c++)
        for (int w = 0; w < 2; w++) {
            int lo = c, hi = c + w;
            while (lo >= 0 && hi < n && s[lo] == s[hi]) lo--, hi++;
            best = max(best, hi - lo - 1);
        }
    cout << best << "\n";
    return 0;
}
