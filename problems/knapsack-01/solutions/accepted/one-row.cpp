// One row of the DP over capacities: best[c] = the largest value of a subset of the items
// seen so far weighing at most c; each item added with c going down, so it is used at most
// once. O(n * W) time, O(W) memory.
class Solution {
public:
    long long maxValue(vector<int>& weights, vector<int>& values, int capacity) {
        vector<long long> best(capacity + 1, 0);
        for (size_t i = 0; i < weights.size(); i++)
            for (int c = capacity; c >= weights[i]; c--)
                best[c] = max(best[c], best[c - weights[i]] + values[i]);
        return best[capacity];
    }
};
