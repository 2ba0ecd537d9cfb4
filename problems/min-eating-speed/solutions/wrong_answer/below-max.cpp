// WRONG: an off-by-one in the upper bound. The search runs over [1, max pile - 1], on the
// thought that the largest pile never needs its own full speed; but when h == n every pile
// gets exactly one hour and the answer is the largest pile.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = max(1, *max_element(piles.begin(), piles.end()) - 1);
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
