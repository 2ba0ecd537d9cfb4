// Reference for grid-path-eliminations: BFS over the states (cell, walls passed so far), at
// most rows * cols * (k + 1) of them, each with four moves.
#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int main() {
    int rows, cols, k;
    if (scanf("%d %d %d", &rows, &cols, &k) != 3) return 1;
    vector<int> wall(rows * cols);
    for (int r = 0; r < rows; r++) {
        static char line[40005];
        if (scanf("%40004s", line) != 1) return 1;
        for (int c = 0; c < cols; c++) wall[r * cols + c] = line[c] - '0';
    }
    int states = rows * cols * (k + 1);
    vector<int> dist(states, -1), queue(states);
    int head = 0, tail = 0;
    dist[0] = 0;
    queue[tail++] = 0;
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    while (head < tail) {
        int s = queue[head++], cell = s / (k + 1), used = s % (k + 1);
        int r = cell / cols, c = cell % cols;
        if (cell == rows * cols - 1) {
            printf("%d\n", dist[s]);
            return 0;
        }
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
            int nu = used + wall[nr * cols + nc];
            if (nu > k) continue;
            int t = (nr * cols + nc) * (k + 1) + nu;
            if (dist[t] != -1) continue;
            dist[t] = dist[s] + 1;
            queue[tail++] = t;
        }
    }
    printf("-1\n");
    return 0;
}
