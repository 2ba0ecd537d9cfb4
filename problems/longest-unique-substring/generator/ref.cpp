// Reference for longest-unique-substring: sliding window with last positions. Validates input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    if (!(cin >> n) || n < 0 || n > 200000)
        return 2;
    string s;
    if (n > 0)
        cin >> s;
    if ((int)s.size() != n)
        return 2;
    int last[26];
    fill(last, last + 26, -1);
    int left = 0, best = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < 'a' || s[i] > 'z')
            return 2;
        int c = s[i] - 'a';
        left = max(left, last[c] + 1);
        last[c] = i;
        best = max(best, i - left + 1);
    }
    cout << best << '\n';
    return 0;
}
