// Union-find over the edges in input order: the first edge whose two ends are already joined
// closes the only cycle, and it is the cycle's last edge in that order. O(n * alpha(n)).
class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int[] findRedundantConnection(int[][] edges) {
        parent = new int[edges.length + 1];
        for (int i = 0; i < parent.length; i++)
            parent[i] = i;
        for (int[] e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b)
                return new int[] {e[0], e[1]};
            parent[a] = b;
        }
        return new int[0];
    }
}
