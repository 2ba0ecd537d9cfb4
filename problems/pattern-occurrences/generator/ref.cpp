// Reference for pattern-occurrences: the prefix function (KMP), O(|text| + |pattern|).
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main() {
    string text, pattern;
    if (!(cin >> text >> pattern)) return 1;
    int m = pattern.size();
    vector<int> fail(m, 0);
    for (int i = 1, k = 0; i < m; i++) {
        while (k && pattern[k] != pattern[i]) k = fail[k - 1];
        if (pattern[k] == pattern[i]) k++;
        fail[i] = k;
    }
    long long count = 0;
    int k = 0;
    for (char c : text) {
        while (k && pattern[k] != c) k = fail[k - 1];
        if (pattern[k] == c && ++k == m) {
            count++;
            k = fail[k - 1];
        }
    }
    cout << count << "\n";
    return 0;
}
