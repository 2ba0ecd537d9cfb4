// WRONG: uses a max-heap (the default priority_queue) and evicts the largest value, so it keeps
// the k smallest values and prints the k-th smallest.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    priority_queue<int> pq;
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        pq.push(x);
        if ((int)pq.size() > k)
            pq.pop();
        cout << ((int)pq.size() == k ? pq.top() : -1) << '\n';
    }
    return 0;
}
