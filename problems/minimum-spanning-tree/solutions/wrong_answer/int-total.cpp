// Wrong: the total is kept in a 32-bit int, which overflows once it passes 2^31 - 1.
class Solution {
    vector<int> parent, sz;
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

public:
    long long minimumSpanningTree(vector<vector<int>>& edges, int n) {
        vector<int> order(edges.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return edges[a][2] < edges[b][2]; });
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        sz.assign(n, 1);
        int total = 0;
        int joined = 0;
        for (int i : order) {
            int a = find(edges[i][0]), b = find(edges[i][1]);
            if (a == b) continue;
            if (sz[a] < sz[b]) swap(a, b);
            parent[b] = a;
            sz[a] += sz[b];
            total += edges[i][2];
            joined++;
        }
        return joined == n - 1 ? total : -1;
    }
};
