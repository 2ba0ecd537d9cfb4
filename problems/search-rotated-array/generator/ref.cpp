// Reference for search-rotated-array: checks that the values are distinct and form a sorted
// array rotated once, then answers each query from a map of value to index.
#include <cstdio>
#include <unordered_map>
#include <vector>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    if (n < 1 || n > 200000 || q < 1 || q > 200000) return 2;
    vector<long long> nums(n);
    for (auto &x : nums) {
        if (scanf("%lld", &x) != 1) return 1;
        if (x < -1000000000LL || x > 1000000000LL) return 2;
    }
    int descents = 0;  // a rotated ascending array descends at most once, cyclically
    for (int i = 0; i < n; i++)
        if (n > 1 && nums[(i + 1) % n] <= nums[i]) descents++;
    if (n > 1 && descents != 1) return 3;
    unordered_map<long long, int> where;
    where.reserve(2 * n);
    for (int i = 0; i < n; i++) where[nums[i]] = i;
    for (int j = 0; j < q; j++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        if (x < -1000000000LL || x > 1000000000LL) return 2;
        auto it = where.find(x);
        printf("%d\n", it == where.end() ? -1 : it->second);
    }
    return 0;
}
