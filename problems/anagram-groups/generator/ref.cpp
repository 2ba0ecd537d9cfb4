// Reference for anagram-groups: validates the input, then keys every word by its 26 letter
// counts in an ordered map (a different method from the accepted solutions' sorted letters)
// and prints the group sizes in decreasing order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (!(cin >> n) || n < 1 || n > 100000) return 2;
    map<array<int, 26>, int> groups;
    long long total = 0;
    string w;
    for (int i = 0; i < n; i++) {
        if (!(cin >> w)) return 2;
        total += w.size();
        array<int, 26> cnt{};
        for (char c : w) {
            if (c < 'a' || c > 'z') return 2;
            cnt[c - 'a']++;
        }
        groups[cnt]++;
    }
    if (total > 1000000 || (cin >> w)) return 2;
    vector<int> sizes;
    for (auto &g : groups) sizes.push_back(g.second);
    sort(sizes.rbegin(), sizes.rend());
    for (size_t i = 0; i < sizes.size(); i++) printf(i ? " %d" : "%d", sizes[i]);
    printf("\n");
    return 0;
}
