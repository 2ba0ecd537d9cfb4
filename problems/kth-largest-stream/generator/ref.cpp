// Reference for kth-largest-stream: min-heap holding the k largest values. Validates the input.
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k) || n < 1 || n > 200000 || k < 1 || k > n)
        return 2;
    priority_queue<long long, vector<long long>, greater<long long>> pq;
    string out;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        if (llabs(x) > 1000000000LL)
            return 2;
        pq.push(x);
        if ((int)pq.size() > k)
            pq.pop();
        out += to_string((int)pq.size() == k ? pq.top() : -1LL);
        out += '\n';
    }
    cout << out;
    return 0;
}
