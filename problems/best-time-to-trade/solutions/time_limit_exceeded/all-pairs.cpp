// TOO SLOW: tries every buy day i and sale day j > i, O(n^2). Correct answers.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<long long> p(n);
    for (auto &x : p)
        cin >> x;
    long long best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            best = max(best, p[j] - p[i]);
    cout << best << '\n';
    return 0;
}
