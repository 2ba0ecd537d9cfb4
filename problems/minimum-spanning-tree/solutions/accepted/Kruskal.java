// Kruskal: edges sorted by weight, union-find with path halving.
import java.util.Arrays;

class Solution {
    public long minimumSpanningTree(int[][] edges, int n) {
        int m = edges.length;
        long[] keys = new long[m];
        for (int i = 0; i < m; i++)
            keys[i] = ((long) edges[i][2] << 20) | i;
        Arrays.sort(keys);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++)
            parent[i] = i;
        long total = 0;
        int joined = 0;
        for (long key : keys) {
            int i = (int) (key & ((1 << 20) - 1));
            int a = find(parent, edges[i][0]), b = find(parent, edges[i][1]);
            if (a == b)
                continue;
            parent[a] = b;
            total += edges[i][2];
            joined++;
        }
        return joined == n - 1 ? total : -1;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
