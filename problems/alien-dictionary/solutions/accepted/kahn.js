// Kahn's algorithm; with only 26 letters, a scan for the smallest available one does for a heap.
var alienOrder = function(words) {
    const present = new Array(26).fill(false);
    const edge = Array.from({ length: 26 }, () => new Array(26).fill(false));
    const indegree = new Array(26).fill(0);
    for (const w of words)
        for (let i = 0; i < w.length; i++) present[w.charCodeAt(i) - 97] = true;
    for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i], b = words[i + 1];
        let k = 0;
        while (k < a.length && k < b.length && a[k] === b[k]) k++;
        if (k < a.length && k < b.length) {
            const x = a.charCodeAt(k) - 97, y = b.charCodeAt(k) - 97;
            if (!edge[x][y]) {
                edge[x][y] = true;
                indegree[y]++;
            }
        } else if (a.length > b.length) {
            return "";
        }
    }
    const used = new Array(26).fill(false);
    const letters = present.filter(Boolean).length;
    let order = "";
    for (;;) {
        let pick = -1;
        for (let c = 0; c < 26 && pick < 0; c++)
            if (present[c] && !used[c] && indegree[c] === 0) pick = c;
        if (pick < 0) break;
        used[pick] = true;
        order += String.fromCharCode(97 + pick);
        for (let y = 0; y < 26; y++) if (edge[pick][y]) indegree[y]--;
    }
    return order.length === letters ? order : "";
};
