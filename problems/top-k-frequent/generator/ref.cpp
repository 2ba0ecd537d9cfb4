// Reference for top-k-frequent: validates the input, counts with a sort, orders the distinct
// values by (count descending, value ascending) and prints the first k.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (!(cin >> n >> k)) return 1;
    if (n < 1 || n > 200000) return 2;
    vector<int> a(n);
    for (auto &x : a) {
        long long v;
        if (!(cin >> v) || llabs(v) > 1000000000LL) return 2;
        x = (int)v;
    }
    vector<int> s = a;
    sort(s.begin(), s.end());
    vector<pair<int, int>> byCount;  // (-count, value)
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] == s[i]) j++;
        byCount.push_back({-(j - i), s[i]});
        i = j;
    }
    if (k < 1 || k > (int)byCount.size()) return 2;
    sort(byCount.begin(), byCount.end());
    for (int i = 0; i < k; i++)
        printf(i ? " %d" : "%d", byCount[i].second);
    printf("\n");
    return 0;
}
