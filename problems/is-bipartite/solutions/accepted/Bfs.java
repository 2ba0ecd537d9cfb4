// Two-color every component with a BFS over compressed adjacency arrays. O(n + m).
class Solution {
    public boolean isBipartite(int n, int[][] edges) {
        int[] start = new int[n + 1];
        for (int[] e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int u = 0; u < n; u++) start[u + 1] += start[u];
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] adj = new int[2 * edges.length];
        for (int[] e : edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        int[] color = new int[n];
        java.util.Arrays.fill(color, -1);
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (color[s] != -1) continue;
            int head = 0, tail = 0;
            color[s] = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                for (int j = start[u]; j < start[u + 1]; j++) {
                    int v = adj[j];
                    if (color[v] == -1) {
                        color[v] = color[u] ^ 1;
                        queue[tail++] = v;
                    } else if (color[v] == color[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
