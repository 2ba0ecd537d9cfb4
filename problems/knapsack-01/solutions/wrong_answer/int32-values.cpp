// WRONG: the right DP, but totals in 32-bit ints: a sum of a few values of 10^9 overflows.
class Solution {
public:
    long long maxValue(vector<int>& weights, vector<int>& values, int capacity) {
        vector<int> best(capacity + 1, 0);
        for (size_t i = 0; i < weights.size(); i++)
            for (int c = capacity; c >= weights[i]; c--)
                best[c] = max(best[c], (int)((unsigned)best[c - weights[i]] + (unsigned)values[i]));
        return best[capacity];
    }
};
