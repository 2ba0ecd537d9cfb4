// Binary search between tighter bounds. With S the total, any k needs at least S / k hours,
// so k >= ceil(S / h); and ceil(p / k) < p / k + 1, so when h > n every k >= S / (h - n)
// fits. The range is often tiny; the search is the same. 64-bit sums throughout.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        long long total = 0;
        int largest = 0;
        for (int p : piles) {
            total += p;
            largest = max(largest, p);
        }
        long long n = piles.size();
        long long lo = max(1LL, (total + h - 1) / h), hi = largest;
        if (h > n) hi = min(hi, (total + (h - n) - 1) / (h - n));
        while (lo < hi) {
            long long k = (lo + hi) / 2, hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h)
                hi = k;
            else
                lo = k + 1;
        }
        return (int)lo;
    }
};
