// Min-heap (priority_queue with greater<>) holding the k largest values so far. O(n log k).
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    priority_queue<int, vector<int>, greater<int>> pq;
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
