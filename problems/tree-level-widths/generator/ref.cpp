// Reference for tree-level-widths: a breadth-first walk from the root over child lists, which
// meets the nodes level by level and never recurses. O(n).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<int> parent(n), head(n, -1), next(n, -1), order, depth(n, 0), width;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &parent[i]) != 1) return 1;
    for (int i = 1; i < n; i++) {
        next[i] = head[parent[i]];
        head[parent[i]] = i;
    }
    order.reserve(n);
    order.push_back(0);
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        if ((int)width.size() <= depth[v]) width.push_back(0);
        width[depth[v]]++;
        for (int c = head[v]; c != -1; c = next[c]) {
            depth[c] = depth[v] + 1;
            order.push_back(c);
        }
    }
    for (size_t d = 0; d < width.size(); d++) printf(d ? " %d" : "%d", width[d]);
    printf("\n");
    return 0;
}
