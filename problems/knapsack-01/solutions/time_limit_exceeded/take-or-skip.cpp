// TOO SLOW: for each item, try with and without it, by recursion without memo: up to 2^n
// calls (n = 200) when the items are light.
class Solution {
    const vector<int>*w, *v;

    long long best(size_t i, long long room) {
        if (i == w->size()) return 0;
        long long skip = best(i + 1, room);
        if ((*w)[i] > room) return skip;
        return max(skip, (*v)[i] + best(i + 1, room - (*w)[i]));
    }

public:
    long long maxValue(vector<int>& weights, vector<int>& values, int capacity) {
        w = &weights;
        v = &values;
        return best(0, capacity);
    }
};
