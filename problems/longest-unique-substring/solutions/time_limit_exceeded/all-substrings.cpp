// TOO SLOW: checks every substring s[i..j], extending j and tracking whether a letter repeated;
// it keeps scanning to the end of the string for every i, O(n^2). Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    string s;
    if (n > 0)
        cin >> s;
    int best = 0;
    for (int i = 0; i < n; i++) {
        int seen = 0;
        bool repeated = false;
        for (int j = i; j < n; j++) {
            int bit = 1 << (s[j] - 'a');
            if (seen & bit)
                repeated = true;
            seen |= bit;
            if (!repeated)
                best = max(best, j - i + 1);
        }
    }
    cout << best << '\n';
    return 0;
}
