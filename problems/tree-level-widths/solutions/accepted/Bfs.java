// Breadth-first search from the root over child lists (kept as linked lists in arrays): it
// meets the nodes level by level, and each node's depth is its parent's plus one. No
// recursion, so a path of 200000 nodes is fine. O(n).
class Solution {
    public int[] levelWidths(int[] parent) {
        int n = parent.length;
        int[] head = new int[n], next = new int[n], depth = new int[n], order = new int[n];
        int[] width = new int[n];
        java.util.Arrays.fill(head, -1);
        for (int v = 1; v < n; v++) {
            next[v] = head[parent[v]];
            head[parent[v]] = v;
        }
        int size = 0, levels = 0;
        order[size++] = 0;
        for (int i = 0; i < size; i++) {
            int v = order[i];
            width[depth[v]]++;
            levels = Math.max(levels, depth[v] + 1);
            for (int c = head[v]; c != -1; c = next[c]) {
                depth[c] = depth[v] + 1;
                order[size++] = c;
            }
        }
        return java.util.Arrays.copyOf(width, levels);
    }
}
