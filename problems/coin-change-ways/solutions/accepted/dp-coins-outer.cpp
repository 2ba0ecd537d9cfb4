// Coins in the outer loop, amounts in the inner: each combination counted once. Modulo
// 10^9 + 7 at every addition.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        const long long MOD = 1000000007LL;
        vector<long long> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; a++)
                ways[a] = (ways[a] + ways[a - c]) % MOD;
        return (int)ways[amount];
    }
};
