// WRONG: the one-row DP with the capacities in INCREASING order: best[c - w] may already hold
// this item, so it is taken again and again (the unbounded knapsack's answer).
class Solution {
public:
    long long maxValue(vector<int>& weights, vector<int>& values, int capacity) {
        vector<long long> best(capacity + 1, 0);
        for (size_t i = 0; i < weights.size(); i++)
            for (int c = weights[i]; c <= capacity; c++)
                best[c] = max(best[c], best[c - weights[i]] + values[i]);
        return best[capacity];
    }
};
