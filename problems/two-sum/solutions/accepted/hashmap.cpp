// unordered_map from value to index, look up the complement before inserting: O(n) expected.
class Solution {
public:
    vector<int> twoSum(vector<int> &nums, int target)
    {
        unordered_map<long long, int> seen;
        seen.reserve(nums.size() * 2);
        for (int j = 0; j < (int)nums.size(); j++) {
            auto it = seen.find((long long)target - nums[j]);
            if (it != seen.end())
                return {it->second, j};
            seen.emplace(nums[j], j);
        }
        return {};
    }
};
