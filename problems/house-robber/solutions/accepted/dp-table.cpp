// The whole table: best[i] = the largest total of the first i houses.
#include <algorithm>
#include <vector>

class Solution {
public:
    long long rob(std::vector<int>& nums) {
        int n = nums.size();
        std::vector<long long> best(n + 1, 0);
        best[1] = nums[0];
        for (int i = 2; i <= n; i++)
            best[i] = std::max(best[i - 1], best[i - 2] + nums[i - 1]);
        return best[n];
    }
};
