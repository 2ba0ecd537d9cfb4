// Naive O(n^2) DP: best[i] = 1 + max best[j] over j < i with a[j] < a[i]. Correct but slow.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> a(n), best(n);
    for (int &x : a) cin >> x;
    int answer = 0;
    for (int i = 0; i < n; i++) {
        int b = 0;
        for (int j = 0; j < i; j++)
            if (a[j] < a[i] && best[j] > b) b = best[j];
        best[i] = b + 1;
        answer = max(answer, best[i]);
    }
    cout << answer << "\n";
}
