# Wrong: Bellman-Ford with k + 1 rounds, but relaxing in place. A price set earlier in a round
# is used again in the same round, so one round can chain several flights and a route with
# more than k stops is accepted.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        INF = float("inf")
        dist = [INF] * n
        dist[src] = 0
        for _ in range(k + 1):
            for u, v, p in flights:
                if dist[u] + p < dist[v]:
                    dist[v] = dist[u] + p
        return -1 if dist[dst] == INF else dist[dst]
