// Reference for is-bipartite: two-color every component by BFS (an explicit queue, no
// recursion); an edge between two nodes of the same color means an odd cycle.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 1;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> color(n, -1), queue;
    queue.reserve(n);
    bool ok = true;
    for (int s = 0; s < n && ok; s++) {
        if (color[s] != -1) continue;
        color[s] = 0;
        queue.assign(1, s);
        for (size_t head = 0; head < queue.size() && ok; head++) {
            int u = queue[head];
            for (int v : adj[u]) {
                if (color[v] == -1) {
                    color[v] = color[u] ^ 1;
                    queue.push_back(v);
                } else if (color[v] == color[u]) {
                    ok = false;
                    break;
                }
            }
        }
    }
    puts(ok ? "true" : "false");
    return 0;
}
