// One sieve up to the largest query and prefix counts: below[n] = the number of primes < n.
class Solution {
public:
    vector<int> countPrimes(vector<int>& queries) {
        int top = *max_element(queries.begin(), queries.end());
        vector<char> composite(top + 1, 0);
        for (long long i = 2; i * i < top; i++)
            if (!composite[i])
                for (long long j = i * i; j < top; j += i) composite[j] = 1;
        vector<int> below(top + 1, 0);
        for (int n = 3; n <= top; n++) below[n] = below[n - 1] + !composite[n - 1];
        vector<int> res;
        res.reserve(queries.size());
        for (int n : queries) res.push_back(below[n]);
        return res;
    }
};
