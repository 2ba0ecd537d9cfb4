// Dijkstra with a PriorityQueue of {distance, node} pairs; stale entries are skipped.
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

class Solution {
    public int networkDelayTime(int[][] times, int n, int k) {
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] t : times) adj.get(t[0]).add(new int[] {t[1], t[2]});
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        dist[k] = 0;
        heap.add(new int[] {0, k});
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int d = top[0], u = top[1];
            if (d > dist[u]) continue;
            for (int[] e : adj.get(u))
                if (d + e[1] < dist[e[0]]) {
                    dist[e[0]] = d + e[1];
                    heap.add(new int[] {dist[e[0]], e[0]});
                }
        }
        int answer = 0;
        for (int d : dist) {
            if (d == Integer.MAX_VALUE) return -1;
            answer = Math.max(answer, d);
        }
        return answer;
    }
}
