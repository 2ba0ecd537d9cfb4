// WRONG: inserts nums[j] before looking up target - nums[j], so a single value equal to
// target/2 "pairs with itself" and [j, j] is returned.
class Solution {
public:
    vector<int> twoSum(vector<int> &nums, int target)
    {
        unordered_map<long long, int> seen;
        for (int j = 0; j < (int)nums.size(); j++) {
            seen[nums[j]] = j;
            auto it = seen.find((long long)target - nums[j]);
            if (it != seen.end())
                return {it->second, j};
        }
        return {};
    }
};
