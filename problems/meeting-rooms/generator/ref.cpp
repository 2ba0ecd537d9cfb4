// Reference for meeting-rooms: validates the input, then sweeps the events with the ends
// before the starts at equal times ([start, end) meetings).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 200000) return 2;
    vector<pair<long long, int>> events;
    for (int i = 0; i < n; i++) {
        long long s, e;
        if (scanf("%lld %lld", &s, &e) != 2) return 2;
        if (s < 0 || s >= e || e > 1000000000LL) return 2;
        events.push_back({s, 1});
        events.push_back({e, -1});
    }
    sort(events.begin(), events.end());
    int open = 0, best = 0;
    for (auto& ev : events) {
        open += ev.second;
        best = max(best, open);
    }
    printf("%d\n", best);
    return 0;
}
