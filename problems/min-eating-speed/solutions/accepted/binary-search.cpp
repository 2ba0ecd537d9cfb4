// Binary search on the speed k over [1, max pile], hours summed in 64 bits: O(n log max).
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int k = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p + (long long)k - 1) / k;
            if (hours <= h)
                hi = k;
            else
                lo = k + 1;
        }
        return lo;
    }
};
