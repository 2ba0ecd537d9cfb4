// WRONG: on a repeat sets left = last[c] + 1 without taking the max with the current left, so the
// window can move backwards over a letter that was already excluded (e.g. "abba" gives 3).
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    string s;
    if (n > 0)
        cin >> s;
    vector<int> last(26, -1);
    int left = 0, best = 0;
    for (int i = 0; i < n; i++) {
        int c = s[i] - 'a';
        if (last[c] != -1)
            left = last[c] + 1;
        last[c] = i;
        best = max(best, i - left + 1);
    }
    cout << best << '\n';
    return 0;
}
