// Too slow: for every query, tests each number below n for a divisor up to its square root;
// about n * sqrt(n) / log(n) divisions per query, again and again.
class Solution {
    static bool is_prime(int k) {
        if (k < 2) return false;
        for (int d = 2; (long long)d * d <= k; d++)
            if (k % d == 0) return false;
        return true;
    }

public:
    vector<int> countPrimes(vector<int>& queries) {
        vector<int> res;
        for (int n : queries) {
            int count = 0;
            for (int k = 2; k < n; k++) count += is_prime(k);
            res.push_back(count);
        }
        return res;
    }
};
