// WRONG: prints max - min over the whole series, ignoring that the sale must come after the buy.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<long long> p(n);
    for (auto &x : p)
        cin >> x;
    cout << *max_element(p.begin(), p.end()) - *min_element(p.begin(), p.end()) << '\n';
    return 0;
}
