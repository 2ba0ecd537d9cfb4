/* Binary search on the speed k over [1, max pile]; the hours are summed in 64 bits (at k = 1
 * they reach n * 10^9) and the count stops as soon as it passes h. O(n log max). */
static bool fits(const int *piles, int n, int h, int k) {
    long long hours = 0;
    for (int i = 0; i < n; i++) {
        hours += (piles[i] + (long long)k - 1) / k;
        if (hours > h) return false;
    }
    return true;
}

int min_eating_speed(const int *piles, int n, int h) {
    int lo = 1, hi = 1;
    for (int i = 0; i < n; i++)
        if (piles[i] > hi) hi = piles[i];
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (fits(piles, n, h, mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
