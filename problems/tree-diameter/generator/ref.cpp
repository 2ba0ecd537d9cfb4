// Reference for tree-diameter: BFS from node 1 (depths, their average, the farthest node u),
// then BFS from u; the largest distance found is the diameter. Iterative, no recursion.
#include <cstdio>
#include <vector>
using namespace std;

static int bfs(int start, const vector<vector<int>> &adj, vector<int> &dist) {
    int n = (int)adj.size() - 1;
    dist.assign(n + 1, -1);
    vector<int> queue;
    queue.reserve(n);
    dist[start] = 0;
    queue.push_back(start);
    int far = start;
    for (size_t head = 0; head < queue.size(); head++) {
        int u = queue[head];
        if (dist[u] > dist[far]) far = u;
        for (int v : adj[u])
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
    }
    return far;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<vector<int>> adj(n + 1);
    for (int i = 2; i <= n; i++) {
        int p;
        if (scanf("%d", &p) != 1) return 1;
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    vector<int> dist;
    int u = bfs(1, adj, dist);
    long long depth_sum = 0;
    for (int v = 1; v <= n; v++) depth_sum += dist[v];
    int w = bfs(u, adj, dist);
    printf("%d\n%.10f\n", dist[w], (double)depth_sum / n);
    return 0;
}
