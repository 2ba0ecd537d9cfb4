// Binary lifting: up[k][v] is v's ancestor 2^k levels up (the root is its own). The depths come
// from a breadth-first order, built without recursion: the tree may be a path of 200000 nodes.
// A query lifts the deeper node to the other's depth, then both as long as they stay apart.
// O((n + q) log n).
class Solution {
    public int[] lowestCommonAncestors(int[] parent, int[][] queries) {
        int n = parent.length;
        int[] head = new int[n], next = new int[n], depth = new int[n], order = new int[n];
        java.util.Arrays.fill(head, -1);
        for (int v = 1; v < n; v++) {
            next[v] = head[parent[v]];
            head[parent[v]] = v;
        }
        int size = 0;
        order[size++] = 0;
        for (int i = 0; i < size; i++)
            for (int c = head[order[i]]; c != -1; c = next[c]) {
                depth[c] = depth[order[i]] + 1;
                order[size++] = c;
            }
        int levels = 1;
        while ((1 << levels) < n)
            levels++;
        int[][] up = new int[levels][n];
        for (int v = 1; v < n; v++)
            up[0][v] = parent[v];
        for (int k = 1; k < levels; k++)
            for (int v = 0; v < n; v++)
                up[k][v] = up[k - 1][up[k - 1][v]];
        int[] res = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int u = queries[i][0], v = queries[i][1];
            if (depth[u] < depth[v]) {
                int t = u;
                u = v;
                v = t;
            }
            for (int k = 0, diff = depth[u] - depth[v]; diff > 0; k++, diff >>= 1)
                if ((diff & 1) != 0)
                    u = up[k][u];
            if (u != v) {
                for (int k = levels - 1; k >= 0; k--)
                    if (up[k][u] != up[k][v]) {
                        u = up[k][u];
                        v = up[k][v];
                    }
                u = up[0][u];
            }
            res[i] = u;
        }
        return res;
    }
}
