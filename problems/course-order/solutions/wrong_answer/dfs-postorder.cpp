// WRONG: reversed DFS post-order (visiting smaller courses first) is a valid topological
// order, but not the lexicographically smallest one.
#include <bits/stdc++.h>
using namespace std;

int n, m;
vector<vector<int>> adj;
vector<int> state, post;
bool cyclic = false;

void dfs(int u) {
    state[u] = 1;
    for (int v : adj[u]) {
        if (state[v] == 1) cyclic = true;
        else if (state[v] == 0) dfs(v);
    }
    state[u] = 2;
    post.push_back(u);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n >> m;
    adj.assign(n + 1, {});
    state.assign(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
    }
    for (auto &list : adj) sort(list.rbegin(), list.rend());
    for (int v = n; v >= 1; v--)
        if (!state[v]) dfs(v);
    if (cyclic) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    reverse(post.begin(), post.end());
    for (int i = 0; i < n; i++) cout << post[i] << (i + 1 == n ? '\n' : ' ');
}
