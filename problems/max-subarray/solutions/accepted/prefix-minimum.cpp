// Best segment ending at i = prefix[i + 1] - (smallest prefix sum before it).
#include <vector>
#include <algorithm>

class Solution {
public:
    long long maxSubArray(std::vector<int>& nums) {
        long long prefix = 0, smallest_prefix = 0, best = nums[0];
        for (int x : nums) {
            prefix += x;
            best = std::max(best, prefix - smallest_prefix);
            smallest_prefix = std::min(smallest_prefix, prefix);
        }
        return best;
    }
};
