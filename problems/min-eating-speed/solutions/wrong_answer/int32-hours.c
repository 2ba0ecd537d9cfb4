/* WRONG: the hours are kept in 32 bits (the wrap a plain int addition does in practice); a
 * small k with large piles passes 2^31 hours, wraps negative and looks fast enough. */
int min_eating_speed(const int *piles, int n, int h) {
    int lo = 1, hi = 1;
    for (int i = 0; i < n; i++)
        if (piles[i] > hi) hi = piles[i];
    int answer = hi;
    while (lo <= hi) {
        int k = lo + (hi - lo) / 2;
        unsigned hours = 0;
        for (int i = 0; i < n; i++) hours += (unsigned)((piles[i] + (long long)k - 1) / k);
        if ((int)hours <= h) {
            answer = k;
            hi = k - 1;
        } else {
            lo = k + 1;
        }
    }
    return answer;
}
