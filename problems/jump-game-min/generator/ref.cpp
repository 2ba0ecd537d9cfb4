// Reference for jump-game-min: validates the input, then breadth-first search by levels
// (fewest jumps to index n - 1, or -1 when no level gets past a point before it).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 200000) return 2;
    vector<long long> nums(n);
    for (auto& x : nums)
        if (scanf("%lld", &x) != 1 || x < 0 || x > 100000) return 2;
    long long level_end = 0, far = 0;
    int jumps = 0;
    for (int i = 0; i < n - 1; i++) {
        far = max(far, i + nums[i]);
        if (i == level_end) {
            if (far <= i) {
                puts("-1");
                return 0;
            }
            jumps++;
            level_end = far;
            if (level_end >= n - 1) break;
        }
    }
    printf("%d\n", jumps);
    return 0;
}
