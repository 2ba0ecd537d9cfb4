// The textbook table, two rows at a time: next[c] = max(cur[c], cur[c - w] + v) reads only the
// previous row, so no item can be taken twice whatever the order of c. O(n * W).
class Solution {
public:
    long long maxValue(vector<int>& weights, vector<int>& values, int capacity) {
        vector<long long> cur(capacity + 1, 0), next(capacity + 1);
        for (size_t i = 0; i < weights.size(); i++) {
            for (int c = 0; c <= capacity; c++) {
                next[c] = cur[c];
                if (c >= weights[i]) next[c] = max(next[c], cur[c - weights[i]] + values[i]);
            }
            swap(cur, next);
        }
        return cur[capacity];
    }
};
