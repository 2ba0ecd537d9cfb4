// Recursive DFS from node 1: the height of every subtree and, at each node, the two tallest
// child subtrees joined through it. A path-shaped tree makes the recursion 200000 deep, which
// the judge's stack (as large as the memory limit) allows.
#include <bits/stdc++.h>
using namespace std;

vector<vector<int>> adj;
int diameter = 0;
long long depth_sum = 0;

int height(int u, int parent, int depth) {
    depth_sum += depth;
    int best = 0;
    for (int v : adj[u]) {
        if (v == parent) continue;
        int h = height(v, u, depth + 1) + 1;
        diameter = max(diameter, best + h);
        best = max(best, h);
    }
    return best;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    adj.resize(n + 1);
    for (int i = 2; i <= n; i++) {
        int p;
        cin >> p;
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    height(1, 0, 0);
    cout << diameter << "\n" << fixed << setprecision(10) << (double)depth_sum / n << "\n";
}
