// Wrong answer: the sum kept in 32 bits wraps once it passes 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    int sum = 0;
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        sum = (int)((unsigned)sum + (unsigned)x);
    }
    cout << sum << "\n";
}
