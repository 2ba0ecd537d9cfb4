// Too slow: enumerates the combinations one at a time (how many copies of each coin),
// remembering nothing; their number grows exponentially with the amount.
class Solution {
    long long ways(const vector<int>& coins, int i, int rest) {
        if (rest == 0) return 1;
        if (i == (int)coins.size()) return 0;
        long long total = 0;
        for (; rest >= 0; rest -= coins[i])
            total = (total + ways(coins, i + 1, rest)) % 1000000007LL;
        return total;
    }

public:
    int change(int amount, vector<int>& coins) { return (int)ways(coins, 0, amount); }
};
