// Reference for rotting-oranges: validates the input, then a breadth-first search from every
// rotten orange at once; the answer is the last level that rots a fresh orange, or -1 when a
// fresh orange is never reached.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2 || rows < 1 || cols < 1 || rows > 1000 || cols > 1000 ||
        (long long)rows * cols > 300000)
        return 2;
    vector<string> grid(rows);
    static char line[1024];
    for (auto &row : grid) {
        if (scanf("%1023s", line) != 1) return 2;
        row = line;
        if ((int)row.size() != cols) return 2;
        for (char ch : row)
            if (ch < '0' || ch > '2') return 2;
    }
    vector<int> dist(rows * cols, -1), queue;
    int fresh = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
            if (grid[i][j] == '2') {
                dist[i * cols + j] = 0;
                queue.push_back(i * cols + j);
            } else if (grid[i][j] == '1') {
                fresh++;
            }
        }
    int minutes = 0;
    const int di[4] = {-1, 1, 0, 0}, dj[4] = {0, 0, -1, 1};
    for (size_t head = 0; head < queue.size(); head++) {
        int i = queue[head] / cols, j = queue[head] % cols;
        for (int d = 0; d < 4; d++) {
            int a = i + di[d], b = j + dj[d];
            if (a < 0 || a >= rows || b < 0 || b >= cols || grid[a][b] != '1' || dist[a * cols + b] >= 0)
                continue;
            dist[a * cols + b] = dist[i * cols + j] + 1;
            minutes = max(minutes, dist[a * cols + b]);
            fresh--;
            queue.push_back(a * cols + b);
        }
    }
    printf("%d\n", fresh > 0 ? -1 : minutes);
    return 0;
}
