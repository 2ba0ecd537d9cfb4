// Bellman-Ford limited to k + 1 rounds, each round relaxing every flight from a copy of the
// previous round's prices.
var findCheapestPrice = function(n, flights, src, dst, k) {
    let dist = new Array(n).fill(Infinity);
    dist[src] = 0;
    for (let round = 0; round <= k; round++) {
        const prev = dist.slice();
        for (const [u, v, p] of flights)
            if (prev[u] + p < dist[v]) dist[v] = prev[u] + p;
    }
    return dist[dst] === Infinity ? -1 : dist[dst];
};
