// Reference for palindrome-min-cuts: every palindrome s[i..j] is found by growing it around
// its centre, in O(n^2) steps in all, and cut[j + 1] (the fewest cuts of s[0..j]) improved
// from cut[i] + 1.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    string s;
    if (!(cin >> s)) return 1;
    int n = s.size();
    vector<int> cut(n + 1);
    for (int k = 0; k <= n; k++) cut[k] = k - 1;
    for (int mid = 0; mid < n; mid++)
        for (int odd = 0; odd < 2; odd++)
            for (int i = mid - odd, j = mid; i >= 0 && j < n && s[i] == s[j]; i--, j++)
                cut[j + 1] = min(cut[j + 1], cut[i] + 1);
    cout << cut[n] << "\n";
    return 0;
}
