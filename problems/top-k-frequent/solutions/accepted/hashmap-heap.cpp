class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        count.reserve(nums.size() * 2);
        for (int x : nums) count[x]++;
        // a min-heap of the best k (worst on top): fewer count, then larger value, is worse
        auto better = [](const pair<int, int>& a, const pair<int, int>& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        };
        priority_queue<pair<int, int>, vector<pair<int, int>>, decltype(better)> heap(better);
        for (auto& [v, c] : count) {
            heap.push({c, v});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> res(k);
        for (int i = k - 1; i >= 0; i--) {
            res[i] = heap.top().second;
            heap.pop();
        }
        return res;
    }
};
