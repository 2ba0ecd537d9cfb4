// Bellman-Ford limited to k + 1 rounds, each round relaxing every flight from a copy of the
// previous round's prices.
class Solution {
    public int findCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        dist[src] = 0;
        for (int round = 0; round <= k; round++) {
            int[] prev = dist.clone();
            for (int[] f : flights)
                if (prev[f[0]] != Integer.MAX_VALUE && prev[f[0]] + f[2] < dist[f[1]])
                    dist[f[1]] = prev[f[0]] + f[2];
        }
        return dist[dst] == Integer.MAX_VALUE ? -1 : dist[dst];
    }
}
