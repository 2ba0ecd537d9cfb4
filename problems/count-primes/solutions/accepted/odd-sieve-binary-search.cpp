// A sieve over the odd numbers only, the primes listed in order; the count below n is the
// position of the first prime >= n (a binary search per query).
#include <algorithm>
#include <vector>

class Solution {
public:
    std::vector<int> countPrimes(std::vector<int>& queries) {
        int top = *std::max_element(queries.begin(), queries.end());
        std::vector<int> primes;
        if (top > 2) primes.push_back(2);
        // odd[k] stands for 2k + 1
        std::vector<bool> odd_composite(top / 2 + 1, false);
        for (long long k = 1; 2 * k + 1 < top; k++) {
            if (odd_composite[k]) continue;
            long long p = 2 * k + 1;
            primes.push_back((int)p);
            for (long long m = p * p; m < top; m += 2 * p) odd_composite[m / 2] = true;
        }
        std::vector<int> res;
        for (int n : queries)
            res.push_back(std::lower_bound(primes.begin(), primes.end(), n) - primes.begin());
        return res;
    }
};
