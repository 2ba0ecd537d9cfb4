// TOO SLOW: dp[j] = fewest jumps to j, relaxed from every i over every length 1..nums[i]:
// correct, but O(n * max jump), about 10^10 steps when the jumps are long.
class Solution {
public:
    int minJumps(vector<int>& nums) {
        int n = nums.size();
        const int INF = INT_MAX;
        vector<int> dp(n, INF);
        dp[0] = 0;
        for (int i = 0; i < n; i++) {
            if (dp[i] == INF) continue;
            for (int j = i + 1; j <= i + nums[i] && j < n; j++)
                if (dp[i] + 1 < dp[j]) dp[j] = dp[i] + 1;
        }
        return dp[n - 1] == INF ? -1 : dp[n - 1];
    }
};
