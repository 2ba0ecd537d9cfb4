// Naive recursion over (i, j) without memoisation: correct, but exponential once the strings
// differ in many places.
#include <bits/stdc++.h>
using namespace std;

string s, t;

int dist(size_t i, size_t j) {
    if (i == s.size()) return t.size() - j;
    if (j == t.size()) return s.size() - i;
    if (s[i] == t[j]) return dist(i + 1, j + 1);
    return 1 + min({dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1)});
}

int main() {
    getline(cin, s);
    getline(cin, t);
    cout << dist(0, 0) << "\n";
}
