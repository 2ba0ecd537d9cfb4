// The full table: ways[i][a] = combinations of the first i coins that make a;
// ways[i][a] = ways[i - 1][a] (coin i - 1 unused) + ways[i][a - c] (used once more).
#include <vector>

class Solution {
public:
    int change(int amount, std::vector<int>& coins) {
        const int MOD = 1000000007;
        int n = coins.size();
        std::vector<std::vector<int>> ways(n + 1, std::vector<int>(amount + 1, 0));
        ways[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            int c = coins[i - 1];
            for (int a = 0; a <= amount; a++) {
                ways[i][a] = ways[i - 1][a];
                if (a >= c) ways[i][a] = (ways[i][a] + ways[i][a - c]) % MOD;
            }
        }
        return ways[n][amount];
    }
};
