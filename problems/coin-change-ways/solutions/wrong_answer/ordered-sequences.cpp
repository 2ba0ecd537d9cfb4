// WRONG: amounts in the outer loop and coins in the inner counts ordered sequences: 1 + 2 and
// 2 + 1 are counted as two ways to make 3.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        const long long MOD = 1000000007LL;
        vector<long long> ways(amount + 1, 0);
        ways[0] = 1;
        for (int a = 1; a <= amount; a++)
            for (int c : coins)
                if (c <= a) ways[a] = (ways[a] + ways[a - c]) % MOD;
        return (int)ways[amount];
    }
};
