// Too slow: Bellman-Ford, relaxing every edge until nothing changes. Up to n - 1 rounds of m
// edges: O(n * m), billions of steps on a long path listed from its far end.
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<long long> dist(n, LLONG_MAX);
        dist[k] = 0;
        for (int round = 0; round < n - 1; round++) {
            bool changed = false;
            for (auto& t : times)
                if (dist[t[0]] != LLONG_MAX && dist[t[0]] + t[2] < dist[t[1]]) {
                    dist[t[1]] = dist[t[0]] + t[2];
                    changed = true;
                }
            if (!changed) break;
        }
        long long answer = 0;
        for (long long d : dist) {
            if (d == LLONG_MAX) return -1;
            answer = max(answer, d);
        }
        return (int)answer;
    }
};
