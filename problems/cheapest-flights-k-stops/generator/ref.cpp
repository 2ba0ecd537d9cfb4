// Reference for cheapest-flights-k-stops: Bellman-Ford limited to k + 1 rounds, each round
// relaxing every flight from the previous round's prices, O((k + 1) * m).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, m, src, dst, k;
    if (scanf("%d %d %d %d %d", &n, &m, &src, &dst, &k) != 5) return 1;
    vector<int> u(m), v(m), p(m);
    for (int i = 0; i < m; i++)
        if (scanf("%d %d %d", &u[i], &v[i], &p[i]) != 3) return 1;
    const long long INF = 1LL << 60;
    vector<long long> dist(n, INF);
    dist[src] = 0;
    for (int round = 0; round <= k; round++) {
        vector<long long> prev = dist;
        for (int i = 0; i < m; i++)
            if (prev[u[i]] != INF && prev[u[i]] + p[i] < dist[v[i]]) dist[v[i]] = prev[u[i]] + p[i];
    }
    printf("%lld\n", dist[dst] == INF ? -1LL : dist[dst]);
    return 0;
}
