// WRONG: the right loops, but no modulo until the end: the counts wrap around 2^64 long
// before, so the final remainder is of the wrong number.
class Solution {
public:
    int change(int amount, vector<int>& coins) {
        vector<unsigned long long> ways(amount + 1, 0);
        ways[0] = 1;
        for (int c : coins)
            for (int a = c; a <= amount; a++)
                ways[a] += ways[a - c];
        return (int)(ways[amount] % 1000000007ULL);
    }
};
