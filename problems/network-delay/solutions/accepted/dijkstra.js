// Dijkstra with a hand-written binary heap (JavaScript has none built in).
var networkDelayTime = function(times, n, k) {
    const adj = Array.from({ length: n }, () => []);
    for (const [u, v, w] of times) adj[u].push(v, w);
    const dist = new Array(n).fill(Infinity);
    const heapD = [], heapV = [];
    const push = (d, v) => {
        let i = heapD.length;
        heapD.push(d); heapV.push(v);
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heapD[p] <= d) break;
            heapD[i] = heapD[p]; heapV[i] = heapV[p];
            i = p;
        }
        heapD[i] = d; heapV[i] = v;
    };
    const pop = () => {
        const top = [heapD[0], heapV[0]];
        const d = heapD.pop(), v = heapV.pop();
        const size = heapD.length;
        if (size > 0) {
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heapD[c + 1] < heapD[c]) c++;
                if (heapD[c] >= d) break;
                heapD[i] = heapD[c]; heapV[i] = heapV[c];
                i = c;
            }
            heapD[i] = d; heapV[i] = v;
        }
        return top;
    };
    dist[k] = 0;
    push(0, k);
    while (heapD.length > 0) {
        const [d, u] = pop();
        if (d > dist[u]) continue;
        const out = adj[u];
        for (let j = 0; j < out.length; j += 2) {
            const v = out[j], nd = d + out[j + 1];
            if (nd < dist[v]) {
                dist[v] = nd;
                push(nd, v);
            }
        }
    }
    let answer = 0;
    for (const d of dist) {
        if (d === Infinity) return -1;
        if (d > answer) answer = d;
    }
    return answer;
};
