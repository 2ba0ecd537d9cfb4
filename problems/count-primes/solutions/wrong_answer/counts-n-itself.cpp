// WRONG: counts the primes up to n inclusive instead of strictly below it, so every prime query
// (n = 2, 3, 11, ...) is one too many.
class Solution {
public:
    vector<int> countPrimes(vector<int>& queries) {
        int top = *max_element(queries.begin(), queries.end());
        vector<char> composite(top + 1, 0);
        for (long long i = 2; i * i <= top; i++)
            if (!composite[i])
                for (long long j = i * i; j <= top; j += i) composite[j] = 1;
        vector<int> upto(top + 1, 0);  // upto[n] = the number of primes <= n
        for (int n = 2; n <= top; n++) upto[n] = upto[n - 1] + !composite[n];
        vector<int> res;
        for (int n : queries) res.push_back(upto[n]);
        return res;
    }
};
