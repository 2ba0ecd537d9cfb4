// Naive: the popcount of every number from 1 to n, O(n) per query: hopeless for n = 10^17.
class Solution {
public:
    long long countBitsUpto(long long n) {
        long long total = 0;
        for (long long i = 1; i <= n; i++) total += __builtin_popcountll(i);
        return total;
    }
};
