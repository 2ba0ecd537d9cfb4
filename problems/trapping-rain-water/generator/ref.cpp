// Reference for trapping-rain-water: two pointers with 64-bit totals.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> h(n);
    for (auto &x : h)
        if (scanf("%lld", &x) != 1) return 1;
    int l = 0, r = n - 1;
    long long left_max = 0, right_max = 0, water = 0;
    while (l < r) {
        if (h[l] < h[r]) {
            if (h[l] > left_max) left_max = h[l];
            water += left_max - h[l++];
        } else {
            if (h[r] > right_max) right_max = h[r];
            water += right_max - h[r--];
        }
    }
    printf("%lld\n", water);
    return 0;
}
