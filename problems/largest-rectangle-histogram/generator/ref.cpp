// Reference for largest-rectangle-histogram: a monotonic stack with 64-bit areas.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<long long> h(n + 1, 0);  // a bar of height 0 at the end flushes the stack
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &h[i]) != 1) return 1;
    vector<int> stack;
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        while (!stack.empty() && h[stack.back()] >= h[i]) {
            long long height = h[stack.back()];
            stack.pop_back();
            long long left = stack.empty() ? -1 : stack.back();
            if (height * (i - left - 1) > best) best = height * (i - left - 1);
        }
        stack.push_back(i);
    }
    printf("%lld\n", best);
    return 0;
}
